import { useTranslation } from 'react-i18next';
import type { RiskEditionStatus } from '../../domain/risk-picture';

/** "Draft" or "Agreed": an agreed edition is the network's word, a draft is work in progress. */
export function EditionStatusBadge({ status }: { status: RiskEditionStatus }) {
  const { t } = useTranslation('riskPicture');
  return <span className={`badge ${status === 'agreed' ? 'active' : 'prospective'}`}>{t(`statuses.${status}`)}</span>;
}
