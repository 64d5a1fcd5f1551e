import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/meeting';
import { ownerLabelFrom } from '../../domain/minutes-document';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import type { AgendaPeople, ArisingLookup } from './agenda-lookups';

/** The open actions carried over from earlier meetings, with their current status. */
export function ArisingActions({ item, arising, people }: { item: AgendaItem; arising: ArisingLookup; people: AgendaPeople }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const listed = item.arisingActionIds.flatMap((id) => arising.actions.get(id) ?? []);
  if (listed.length === 0) return <p className="muted">{t('agenda.arisingNone')}</p>;
  return (
    <ul className="arising">
      {listed.map((action) => (
        <li key={action.id}>
          <strong>{action.text}</strong> — {ownerLabelFrom(people.owners, action.ownerPartnerId, action.ownerContactId)}
          {action.dueDate && `, ${t('actions.due')} ${formatDate(action.dueDate, language)}`} ·{' '}
          <span className="badge prospective">{t(`vocab.actionStatuses.${action.status}`)}</span>{' '}
          <span className="muted">{t('agenda.arisingFrom', { meeting: arising.meetingTitles.get(action.meetingId) ?? '' })}</span>
        </li>
      ))}
    </ul>
  );
}
