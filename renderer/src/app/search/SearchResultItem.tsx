/** One result of the one search: what it is, where it belongs, when. A link to the record. */
import { MenuItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMeetingTime } from '../../i18n/format';
import { useLanguage } from '../../i18n';
import type { ActionStatus } from '../../domain/meeting';
import type { PartnerStatus } from '../../domain/sectors';
import type { SearchHit } from '../../search';

export function SearchResultItem({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const details: string[] = [];
  if (hit.kind === 'contact' && hit.context) details.push(t('search.contactOf', { partner: hit.context }));
  if (hit.kind === 'agendaItem' && hit.context) details.push(t('search.inMinutes', { item: hit.context }));
  if (hit.kind === 'action' && hit.context) details.push(t('search.ownedBy', { partner: hit.context }));
  if (hit.when && hit.timeZone) details.push(formatMeetingTime(hit.when, hit.timeZone, language));
  else if (hit.when) details.push(t('search.due', { date: formatDate(hit.when, language) }));
  if (hit.kind === 'action' && hit.status) details.push(t(`vocab.actionStatuses.${hit.status as ActionStatus}`, { ns: 'meetings' }));
  // Only a partner that is not active says its status (prospective, former).
  if (hit.kind === 'partner' && hit.status && hit.status !== 'active') details.push(t(`partnerStatus.${hit.status as PartnerStatus}`));
  const detail = details.filter(Boolean).join(' · ');
  return (
    <MenuItem id={hit.key} href={hit.href} textValue={detail ? `${hit.title}, ${detail}` : hit.title} className="search-result">
      <span className="search-result-title">{hit.title}</span>
      {detail && <span className="search-result-detail">{detail}</span>}
    </MenuItem>
  );
}
