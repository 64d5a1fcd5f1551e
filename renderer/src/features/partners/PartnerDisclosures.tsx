import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { partnerSummary, useLive, type PartnerDisclosure } from '../../storage';
import { SummaryCard, SummaryList } from './SummaryCard';

/**
 * The disclosures the partner made or received, latest first. There is no list of all
 * disclosures: each belongs to its case's log, which each row links to.
 */
export function PartnerDisclosures({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('partners');
  const summary = useLive(() => partnerSummary.disclosures(partnerId), [partnerId]);
  if (!summary) return null;
  return (
    <SummaryCard title={t('summary.disclosures.title', { count: summary.made + summary.received })}>
      <p className="muted">{t('summary.disclosures.counts', { made: summary.made, received: summary.received })}</p>
      <SummaryList empty={t('summary.disclosures.none')}>
        {summary.disclosures.map((item) => (
          <DisclosureRow key={item.id} item={item} />
        ))}
      </SummaryList>
    </SummaryCard>
  );
}

function DisclosureRow({ item }: { item: PartnerDisclosure }) {
  const { t } = useTranslation('partners');
  const { t: ta } = useTranslation('agreements');
  const language = useLanguage();
  const other = item.otherPartnerName || t('summary.disclosures.unknownPartner');
  return (
    <li>
      <span className="partner-summary-when">{formatDate(item.sharedOn, language)}</span> {t(`summary.disclosures.${item.direction}`, { partner: other })} ·{' '}
      <Link to={`/referrals/${item.referralId}`} className="case-code">
        {item.caseCode}
      </Link>{' '}
      <span className="muted">({item.dataCategories.map((category) => ta(`vocab.categories.${category}`)).join(', ')})</span>
    </li>
  );
}
