import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMinutesEditable } from '../../domain/meeting-lifecycle';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { agenda as agendaRepo } from '../../storage';
import { useNotify } from '../../ui/notices';
import { JumpToNumber, Pager } from '../../ui/Pager';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { noActions, useAgendaLookups } from './agenda-lookups';
import { AgendaItemCard } from './AgendaItemCard';
import { AgendaItemEditor } from './AgendaItemEditor';
import { useCarryOverMeetings } from './carry-over-labels';
import { agendaPageSize, useAgendaPaging } from './useAgendaPaging';
import type { MeetingContext } from './useMeetingContext';

/**
 * The agenda with its minutes. A long agenda is shown a page at a time (the page in the
 * URL), with a jump to an item by number; cards are memoised and read their actions and
 * people from lookups built once per data change.
 */
export function AgendaSection({ context }: { context: MeetingContext }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [adding, setAdding] = useState(false);
  const { meeting, items } = context;
  const editable = isMinutesEditable(meeting.status);
  const { actionsByItem, people, arising } = useAgendaLookups(context);
  const carryMeetings = useCarryOverMeetings(items);
  const { page, pageCount, first, shown, followed, follow, focused, goToPage } = useAgendaPaging(items);

  const paged = items.length > agendaPageSize;
  const summary = t('agenda.range', {
    from: formatNumber(first + 1, language),
    to: formatNumber(first + shown.length, language),
    total: formatNumber(items.length, language),
  });
  const jumpTo = (number: number) => follow({ id: items[number - 1]!.id, number, focus: 'heading', scroll: 'start' });

  return (
    <Section title={t('agenda.title')}>
      {!editable && <p className="notice">{t('locked')}</p>}
      {items.length === 0 && !adding && <p className="muted">{t('agenda.none')}</p>}
      {paged && (
        <Pager label={t('agenda.pages')} summary={summary} page={page} pageCount={pageCount} onPage={goToPage} announce>
          <JumpToNumber label={t('agenda.jump')} max={items.length} onJump={jumpTo} />
        </Pager>
      )}
      <ol className="agenda-list">
        {shown.map((item, offset) => {
          const index = first + offset;
          return (
            <AgendaItemCard
              key={item.id}
              item={item}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              editable={editable}
              actions={actionsByItem.get(item.id) ?? noActions}
              people={people}
              arising={item.kind === 'matters_arising' ? arising : undefined}
              carryMeetings={carryMeetings}
              focusRequest={followed?.id === item.id ? followed : undefined}
              onFollow={follow}
              onFocused={focused}
            />
          );
        })}
      </ol>
      {paged && (
        // At the end of a page, paging on starts reading at the top of the next one.
        <Pager label={t('agenda.pagesEnd')} summary={summary} page={page} pageCount={pageCount} onPage={(next) => jumpTo((next - 1) * agendaPageSize + 1)} />
      )}
      {editable &&
        (adding ? (
          <div className="agenda-item">
            <AgendaItemEditor
              initial={{
                title: '',
                presenter: '',
                plannedMinutes: '',
                confidential: meeting.type === 'case_panel',
                caseDiscussion: meeting.type === 'case_panel',
                minutes: '',
                decisions: [],
              }}
              onCancel={() => setAdding(false)}
              onSubmit={async (values) => {
                try {
                  const added = await agendaRepo.add(meeting.id, values);
                  notify('success', t('agenda.saved'));
                  setAdding(false);
                  // A new item goes last: show the page it is on.
                  follow({ id: added.id, number: items.length + 1, focus: 'heading', scroll: 'nearest' });
                } catch (error) {
                  notify('error', errorMessage(error));
                }
              }}
            />
          </div>
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t('agenda.add')}
            </button>
          </p>
        ))}
    </Section>
  );
}
