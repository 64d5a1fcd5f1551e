import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, AgendaItem, Meeting } from '../../domain/meeting';
import { ownerLabel } from '../../domain/minutes-document';
import type { Contact, Partner } from '../../domain/partner';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { agenda as agendaRepo } from '../../storage';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { MinutesMarkdown } from '../../ui/MinutesMarkdown';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { AgendaItemEditSession } from './AgendaItemEditSession';
import { ItemActions } from './ItemActions';

interface AgendaItemCardProps {
  item: AgendaItem;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  editable: boolean;
  actions: ActionItem[];
  partners: Partner[];
  contacts: Contact[];
  allMeetings: Meeting[];
  allActions: ActionItem[];
}

export function AgendaItemCard(props: AgendaItemCardProps) {
  const { item, number, isFirst, isLast, editable, partners, contacts } = props;
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
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
  const heading = `${t('agenda.item', { number })}: ${item.title}`;

  return (
    <li className="agenda-item" aria-label={heading}>
      <header>
        <div>
          <h3>{heading}</h3>
          <div className="meta row">
            {item.presenter && <span>{item.presenter}</span>}
            {item.plannedMinutes && <span>{t('agenda.minutesCount', { count: item.plannedMinutes })}</span>}
            {item.confidential && <span className="badge missing">{t('agenda.confidential')}</span>}
            {item.caseDiscussion && <span className="badge prospective">{t('agenda.caseDiscussion')}</span>}
          </div>
        </div>
        {editable && !editing && (
          <div className="tools">
            <button type="button" className="button quiet" disabled={isFirst} aria-label={t('agenda.moveUp', { title: item.title })} onClick={() => attempt(() => agendaRepo.move(item.id, item.revision, -1))}>
              ↑
            </button>
            <button type="button" className="button quiet" disabled={isLast} aria-label={t('agenda.moveDown', { title: item.title })} onClick={() => attempt(() => agendaRepo.move(item.id, item.revision, 1))}>
              ↓
            </button>
            <button type="button" className="button quiet" aria-label={t('agenda.edit', { title: item.title })} onClick={() => setEditing(true)}>
              {tc('actions.edit')}
            </button>
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
          {item.kind === 'matters_arising' && <Arising {...props} />}
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
          <ItemActions itemId={item.id} actions={props.actions} partners={partners} contacts={contacts} editable={editable} />
        </div>
      )}
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
}

/** The open actions carried over from earlier meetings, with their current status. */
function Arising({ item, allActions, allMeetings, partners, contacts }: AgendaItemCardProps) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const arising = item.arisingActionIds
    .map((id) => allActions.find((action) => action.id === id))
    .filter((action): action is ActionItem => action !== undefined);
  if (arising.length === 0) return <p className="muted">{t('agenda.arisingNone')}</p>;
  return (
    <ul className="arising">
      {arising.map((action) => (
        <li key={action.id}>
          <strong>{action.text}</strong> — {ownerLabel(action.ownerPartnerId, action.ownerContactId, partners, contacts)}
          {action.dueDate && `, ${t('actions.due')} ${formatDate(action.dueDate, language)}`} ·{' '}
          <span className="badge prospective">{t(`vocab.actionStatuses.${action.status}`)}</span>{' '}
          <span className="muted">{t('agenda.arisingFrom', { meeting: allMeetings.find((meeting) => meeting.id === action.meetingId)?.title ?? '' })}</span>
        </li>
      ))}
    </ul>
  );
}
