import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement } from '../../domain/agreement';
import { agreementStanding } from '../../domain/agreement-status';
import { localToday } from '../../domain/date-time';
import { partnerSummary, useLive } from '../../storage';
import { SummaryCard, SummaryList } from './SummaryCard';

/** The agreements the partner is party to, with the status their dates give them. */
export function PartnerAgreements({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('partners');
  const summary = useLive(() => partnerSummary.agreements(partnerId), [partnerId]);
  if (!summary) return null;
  return (
    <SummaryCard
      title={t('summary.agreements.title', { count: summary.total })}
      allLink={
        summary.total > 0
          ? { to: `/agreements?partner=${encodeURIComponent(partnerId)}`, label: t('summary.agreements.all', { count: summary.total }) }
          : undefined
      }
    >
      <SummaryList empty={t('summary.agreements.none')}>
        {summary.agreements.map((agreement) => (
          <AgreementRow key={agreement.id} agreement={agreement} />
        ))}
      </SummaryList>
    </SummaryCard>
  );
}

function AgreementRow({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const standing = agreementStanding(agreement, localToday());
  return (
    <li>
      <Link to={`/agreements/${agreement.id}`}>{agreement.title}</Link> <span className="muted">({t(`vocab.statuses.${standing.status}`)})</span>
      {standing.reviewOverdue && <span className="badge missing">{t('flags.reviewOverdue')}</span>}
    </li>
  );
}
