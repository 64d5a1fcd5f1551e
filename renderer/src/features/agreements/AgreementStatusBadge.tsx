import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../domain/agreement';
import type { AgreementStanding } from '../../domain/agreement-status';

const tones: Record<AgreementStatus, string> = {
  draft: 'former',
  active: 'active',
  under_review: 'prospective',
  expired: 'missing',
  terminated: 'archived',
};

/** The status to show (expired once past the end date), coloured by what it means for sharing. */
export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation('agreements');
  return <span className={`badge ${tones[status]}`}>{t(`vocab.statuses.${status}`)}</span>;
}

/** "Review overdue" or "Review due" (within 30 days), or nothing. */
export function ReviewFlag({ standing }: { standing: AgreementStanding }) {
  const { t } = useTranslation('agreements');
  if (standing.reviewOverdue) return <span className="badge missing">{t('flags.reviewOverdue')}</span>;
  if (standing.reviewDueSoon) return <span className="badge prospective">{t('flags.reviewDue')}</span>;
  return null;
}

/** The status badge with every flag the dates raise: for the detail page's heading area. */
export function StandingBadges({ standing }: { standing: AgreementStanding }) {
  const { t } = useTranslation('agreements');
  return (
    <span className="agreement-flags">
      <AgreementStatusBadge status={standing.status} />
      {standing.inForce && <span className="badge covered">{t('flags.inForce')}</span>}
      {standing.notYetStarted && <span className="badge prospective">{t('flags.notYetStarted')}</span>}
      <ReviewFlag standing={standing} />
    </span>
  );
}
