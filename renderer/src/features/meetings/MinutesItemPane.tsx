import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, AgendaItem } from '../../domain/meeting';
import { ownerLabelFrom } from '../../domain/minutes-document';
import { limits } from '../../domain/validation';
import { useLanguage } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { TextAreaField } from '../../ui/fields';
import { MinutesMarkdown } from '../../ui/MinutesMarkdown';
import type { AgendaPeople, ArisingLookup } from './agenda-lookups';
import { ArisingActions } from './ArisingActions';
import { CarryOverNotes, type MeetingsById } from './carry-over-labels';
import { InlineActionForm } from './InlineActionForm';
import { InlineDecisionForm } from './InlineDecisionForm';
import { MinutesShortcuts } from './MinutesShortcuts';
import { OverdueBadge } from './OverdueBadge';
import { SaveFailure, SaveStateIndicator } from './SaveStateIndicator';
import { useMinutesAutosave } from './useMinutesAutosave';

interface MinutesItemPaneProps {
  item: AgendaItem;
  number: number;
  editable: boolean;
  actions: readonly ActionItem[];
  people: AgendaPeople;
  arising: ArisingLookup;
  carryMeetings: MeetingsById;
  today: string;
  /** Set to this item's "save what is typed now" while it is shown (the page flushes before moving on). */
  flushRef: { current: (() => Promise<boolean>) | null };
  /** Previous, "item 3 of 9", next: kept in view with the save state in a bar over the item. */
  progress: ReactNode;
}

/**
 * One agenda item in the minute-taking view: its minutes large and saved as typed, its
 * decisions and actions with a line to add the next one. Mounted per item (keyed by id), so
 * each item has its own autosave and revision.
 */
export function MinutesItemPane({ item, number, editable, actions, people, arising, carryMeetings, today, flushRef, progress }: MinutesItemPaneProps) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const autosave = useMinutesAutosave(item);
  const headingId = useId();
  const minutesRef = useRef<HTMLTextAreaElement>(null);
  const { flush } = autosave;

  useEffect(() => {
    flushRef.current = flush;
    return () => {
      if (flushRef.current === flush) flushRef.current = null;
    };
  }, [flush, flushRef]);
  // Each item opens at its top, with the cursor in its minutes: the view is for typing.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    minutesRef.current?.focus({ preventScroll: true });
  }, []);

  const heading = `${t('agenda.item', { number: formatNumber(number, language) })}: ${item.title}`;
  return (
    <>
      <div className="minutes-bar">
        {progress}
        {editable && <SaveStateIndicator autosave={autosave} />}
      </div>
      <SaveFailure autosave={autosave} />
      <article className="minutes-pane" aria-labelledby={headingId}>
        <header>
          <h2 id={headingId}>{heading}</h2>
          <div className="meta row">
            {item.presenter && <span>{t('minutesView.presenter', { name: item.presenter })}</span>}
            {item.plannedMinutes && <span>{t('agenda.minutesCount', { count: item.plannedMinutes })}</span>}
            {item.confidential && <span className="badge missing">{t('agenda.confidential')}</span>}
            {item.caseDiscussion && <span className="badge prospective">{t('agenda.caseDiscussion')}</span>}
          </div>
          <CarryOverNotes item={item} meetings={carryMeetings} />
        </header>
        <div className="minutes-pane-body">
          <div className="minutes-pane-text">
            {item.kind === 'matters_arising' && <ArisingActions item={item} arising={arising} people={people} />}
            {editable ? (
              <TextAreaField
                ref={minutesRef}
                className="minutes-text"
                // The item's heading stands visibly over it; the label says the same to a screen reader.
                hideLabel
                label={`${t('minutesView.minutesLabel')}: ${heading}`}
                hint={t('minutesView.minutesHint')}
                rows={14}
                limit={limits.minutes}
                value={autosave.text}
                onChange={(event) => autosave.change(event.target.value)}
              />
            ) : item.minutes ? (
              <MinutesMarkdown text={item.minutes} />
            ) : (
              <p className="muted">{t('agenda.noMinutes')}</p>
            )}
          </div>
          <div className="minutes-pane-side">
            <section className="minutes-pane-decisions" aria-label={t('agenda.decisions')}>
              <h3>{t('agenda.decisions')}</h3>
              {item.decisions.length > 0 && (
                <ol className="decisions">
                  {item.decisions.map((decision) => (
                    <li key={decision.id}>{decision.text}</li>
                  ))}
                </ol>
              )}
              {editable && <InlineDecisionForm item={item} autosave={autosave} />}
            </section>
            {/* Beside the minutes, where the eye is, not below the fold. */}
            {editable && <MinutesShortcuts />}
          </div>
          {/* Full width below: the owner's select needs the room for a partner's whole name. */}
          <section className="minutes-pane-actions" aria-label={t('actions.title')}>
            <h3>{t('actions.title')}</h3>
            {actions.length > 0 && (
              <ul className="minutes-actions">
                {actions.map((action) => (
                  <li key={action.id}>
                    <strong>{action.text}</strong> — {ownerLabelFrom(people.owners, action.ownerPartnerId, action.ownerContactId)}
                    {action.dueDate && `, ${t('actions.due')} ${formatDate(action.dueDate, language)}`} <OverdueBadge action={action} today={today} />
                  </li>
                ))}
              </ul>
            )}
            {editable && <InlineActionForm itemId={item.id} people={people} />}
          </section>
        </div>
      </article>
    </>
  );
}
