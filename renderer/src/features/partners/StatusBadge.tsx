import { useTranslation } from 'react-i18next';
import type { PartnerStatus } from '../../domain/sectors';

export function StatusBadge({ status }: { status: PartnerStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${status}`}>{t(`partnerStatus.${status}`)}</span>;
}
