import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { partnerSummary, useLive, type PartnerCase } from '../../storage';
import { SummaryCard, SummaryList } from './SummaryCard';

/** The cases the partner refers, leads or is involved in: codes, status and role, nothing about the person. */
export function PartnerCases({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('partners');
  const summary = useLive(() => partnerSummary.cases(partnerId), [partnerId]);
  if (!summary) return null;
  return (
    <SummaryCard
      title={t('summary.cases.title', { count: summary.total })}
      allLink={
        summary.total > 0
          ? { to: `/referrals?status=all&partner=${encodeURIComponent(partnerId)}`, label: t('summary.cases.all', { count: summary.total }) }
          : undefined
      }
    >
      <SummaryList empty={t('summary.cases.none')}>
        {summary.cases.map((item) => (
          <CaseRow key={item.id} item={item} />
        ))}
      </SummaryList>
    </SummaryCard>
  );
}

function CaseRow({ item }: { item: PartnerCase }) {
  const { t } = useTranslation('partners');
  const { t: tr } = useTranslation('referrals');
  const language = useLanguage();
  return (
    <li>
      <Link to={`/referrals/${item.id}`} className="case-code">
        {item.caseCode}
      </Link>{' '}
      <span className="muted">
        {tr(`vocab.statuses.${item.status}`)} · {t('summary.cases.received', { date: formatDate(item.receivedOn, language) })} ·{' '}
        {item.roles.map((role) => t(`summary.cases.roles.${role}`)).join(', ')}
      </span>
    </li>
  );
}
