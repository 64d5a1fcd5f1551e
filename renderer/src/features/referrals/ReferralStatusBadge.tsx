import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../domain/referral';
import { isOpenCase } from '../../domain/referral-workflow';

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation('referrals');
  return <span className={`badge ${isOpenCase(status) ? 'prospective' : 'former'}`}>{t(`vocab.statuses.${status}`)}</span>;
}
