import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../domain/meeting';

const tone: Record<MeetingStatus, string> = { planned: 'former', held: 'prospective', approved: 'active', circulated: 'active' };

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meetings');
  return <span className={`badge ${tone[status]}`}>{t(`vocab.statuses.${status}`)}</span>;
}
