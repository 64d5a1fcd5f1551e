import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canCarryOver } from '../../domain/carry-over';
import type { ActionItem, AgendaItem } from '../../domain/meeting';
import { useLanguage } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { agenda as agendaRepo } from '../../storage';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { MinutesMarkdown } from '../../ui/MinutesMarkdown';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { sameRevision, sameRevisions, type AgendaPeople, type ArisingLookup } from './agenda-lookups';
import { AgendaItemEditSession } from './AgendaItemEditSession';
import { ArisingActions } from './ArisingActions';
import { CarryOverNotes, type MeetingsById } from './carry-over-labels';
import { CarryOverDialog } from './CarryOverDialog';
import { ItemActions } from './ItemActions';
import type { FollowRequest } from './useAgendaPaging';

interface AgendaItemCardProps {
  item: AgendaItem;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  editable: boolean;
  actions: readonly ActionItem[];
  people: AgendaPeople;
  /** Only for the "matters arising" item. */
  arising?: ArisingLookup;
  /** The meetings its carry-over links point to. */
  carryMeetings: MeetingsById;
  /** Set while this card is followed and should take the focus at `focusRequest.number`. */
  focusRequest?: FollowRequest;
  /** Follow this item (after a move), or stop when the move failed. */
  onFollow: (request: FollowRequest | null) => void;
  onFocused: () => void;
}

/**
 * One agenda item. Memoised: a page of cards renders again only where an item, its
 * actions, its number or the people changed, not on every change to the meeting.
 */
export const AgendaItemCard = memo(function AgendaItemCard(props: AgendaItemCardProps) {
  const { item, number, isFirst, isLast, editable, people, arising, focusRequest, onFollow, onFocused } = props;
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [carrying, setCarrying] = useState(false);
  /** Runs a storage call; false (after saying why) when it failed, so the editor stays open. */
  const attempt = async (work: () => Promise<unknown>, done?: string): Promise<boolean> => {
    try {
      await work();
      if (done) notify('success', done);
      return true;
    } catch (error) {
      notify('error', errorMessage(error));
      return false;
    }
  };
  const heading = `${t('agenda.item', { number: formatNumber(number, language) })}: ${item.title}`;
  const cardRef = useRef<HTMLLIElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);

  // Take the focus once the followed item shows its expected number: after a jump, after
  // being added, or after a move (also when the move carried it onto another page).
  useEffect(() => {
    if (!focusRequest || focusRequest.number !== number) return;
    const wanted = focusRequest.focus === 'moveUp' ? (isFirst ? downRef : upRef) : focusRequest.focus === 'moveDown' ? (isLast ? upRef : downRef) : headingRef;
    const target = wanted.current ?? headingRef.current;
    target?.focus({ preventScroll: true });
    // A card that heads the screen shows from its top edge; otherwise just the control.
    (focusRequest.scroll === 'start' ? cardRef.current : target)?.scrollIntoView({ block: focusRequest.scroll });
    onFocused();
  }, [focusRequest, number, isFirst, isLast, onFocused]);

  const move = async (direction: -1 | 1) => {
    onFollow({ id: item.id, number: number + direction, focus: direction < 0 ? 'moveUp' : 'moveDown', scroll: 'nearest' });
    if (!(await attempt(() => agendaRepo.move(item.id, item.revision, direction)))) onFollow(null);
  };

  return (
    <li ref={cardRef} className="agenda-item" aria-label={heading}>
      <header>
        <div>
          <h3 ref={headingRef} tabIndex={-1}>
            {heading}
          </h3>
          <div className="meta row">
            {item.presenter && <span>{item.presenter}</span>}
            {item.plannedMinutes && <span>{t('agenda.minutesCount', { count: item.plannedMinutes })}</span>}
            {item.confidential && <span className="badge missing">{t('agenda.confidential')}</span>}
            {item.caseDiscussion && <span className="badge prospective">{t('agenda.caseDiscussion')}</span>}
          </div>
          {item.erasedAt && <p className="muted">{t('agenda.erased', { date: formatDate(item.erasedAt.slice(0, 10), language) })}</p>}
          <CarryOverNotes item={item} meetings={props.carryMeetings} />
        </div>
        {editable && !editing && (
          <div className="tools">
            <button
              ref={upRef}
              type="button"
              className="button quiet"
              disabled={isFirst}
              aria-label={t('agenda.moveUp', { title: item.title })}
              onClick={() => move(-1)}
            >
              ↑
            </button>
            <button
              ref={downRef}
              type="button"
              className="button quiet"
              disabled={isLast}
              aria-label={t('agenda.moveDown', { title: item.title })}
              onClick={() => move(1)}
            >
              ↓
            </button>
            <button type="button" className="button quiet" aria-label={t('agenda.edit', { title: item.title })} onClick={() => setEditing(true)}>
              {tc('actions.edit')}
            </button>
            {canCarryOver(item) && (
              <button type="button" className="button quiet" aria-label={t('carryOver.buttonLabel', { title: item.title })} onClick={() => setCarrying(true)}>
                {t('carryOver.button')}
              </button>
            )}
            <button type="button" className="button quiet" aria-label={t('agenda.remove', { title: item.title })} onClick={() => setRemoving(true)}>
              {tc('actions.remove')}
            </button>
          </div>
        )}
      </header>
      {editing ? (
        <AgendaItemEditSession item={item} onClose={() => setEditing(false)} />
      ) : (
        <div className="body">
          {item.kind === 'matters_arising' && arising && <ArisingActions item={item} arising={arising} people={people} />}
          {item.minutes ? <MinutesMarkdown text={item.minutes} /> : item.kind === 'regular' && <p className="muted">{t('agenda.noMinutes')}</p>}
          {item.decisions.length > 0 && (
            <div>
              <h4>{t('agenda.decisions')}</h4>
              <ol className="decisions">
                {item.decisions.map((decision) => (
                  <li key={decision.id}>{decision.text}</li>
                ))}
              </ol>
            </div>
          )}
          <ItemActions itemId={item.id} actions={props.actions} people={people} editable={editable} />
        </div>
      )}
      {carrying && <CarryOverDialog item={item} onClose={() => setCarrying(false)} />}
      <ConfirmDialog
        isOpen={removing}
        title={t('agenda.removeTitle')}
        body={t('agenda.removeBody')}
        confirmLabel={tc('actions.remove')}
        tone="danger"
        onCancel={() => setRemoving(false)}
        onConfirm={() => {
          setRemoving(false);
          void attempt(() => agendaRepo.remove(item.id, item.revision));
        }}
      />
    </li>
  );
}, sameCard);

function sameCard(previous: AgendaItemCardProps, next: AgendaItemCardProps): boolean {
  return (
    sameRevision(previous.item, next.item) &&
    sameRevisions(previous.actions, next.actions) &&
    previous.number === next.number &&
    previous.isFirst === next.isFirst &&
    previous.isLast === next.isLast &&
    previous.editable === next.editable &&
    previous.people === next.people &&
    previous.arising === next.arising &&
    previous.carryMeetings === next.carryMeetings &&
    previous.focusRequest === next.focusRequest &&
    previous.onFollow === next.onFollow &&
    previous.onFocused === next.onFocused
  );
}
