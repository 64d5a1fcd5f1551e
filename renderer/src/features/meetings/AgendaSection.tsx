import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMinutesEditable } from '../../domain/meeting-lifecycle';
import { agenda as agendaRepo } from '../../storage';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { AgendaItemCard } from './AgendaItemCard';
import { AgendaItemEditor } from './AgendaItemEditor';
import type { MeetingContext } from './useMeetingContext';

export function AgendaSection({ context }: { context: MeetingContext }) {
  const { t } = useTranslation('meetings');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [adding, setAdding] = useState(false);
  const { meeting, items } = context;
  const editable = isMinutesEditable(meeting.status);
  return (
    <Section title={t('agenda.title')}>
      {!editable && <p className="notice">{t('locked')}</p>}
      {items.length === 0 && !adding && <p className="muted">{t('agenda.none')}</p>}
      <ol className="agenda-list">
        {items.map((item, index) => (
          <AgendaItemCard
            key={item.id}
            item={item}
            number={index + 1}
            isFirst={index === 0}
            isLast={index === items.length - 1}
            editable={editable}
            actions={context.actions.filter((action) => action.agendaItemId === item.id)}
            partners={context.partners}
            contacts={context.contacts}
            allMeetings={context.allMeetings}
            allActions={context.allActions}
          />
        ))}
      </ol>
      {editable &&
        (adding ? (
          <div className="agenda-item">
            <AgendaItemEditor
              initial={{ title: '', presenter: '', plannedMinutes: '', confidential: meeting.type === 'case_panel', caseDiscussion: meeting.type === 'case_panel', minutes: '', decisions: [] }}
              onCancel={() => setAdding(false)}
              onSubmit={async (values) => {
                try {
                  await agendaRepo.add(meeting.id, values);
                  notify('success', t('agenda.saved'));
                  setAdding(false);
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
