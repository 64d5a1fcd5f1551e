import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { computeCoverage } from '../../domain/coverage';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { partners as partnerRepo, settings, useLive } from '../../storage';
import { BackupReminder } from './BackupReminder';
import { PageHeading } from '../../ui/PageHeading';
import { CoverageView } from './CoverageView';
import { FirstStart } from './FirstStart';
import { ThisWeekPanel } from './ThisWeekPanel';

export function OverviewPage() {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const { t: tp } = useTranslation('partners');
  const language = useLanguage();
  const state = useLive(async () => ({
    partners: await partnerRepo.list(),
    contacts: await partnerRepo.contactCounts(),
    onboarding: await settings.get('onboarding'),
  }));

  if (!state) return <p className="muted">{tc('loading')}</p>;
  const live = state.partners.filter((partner) => partner.deletedAt === null);
  const firstStart = state.partners.length === 0 && !state.onboarding;
  const contactCount = live.reduce((sum, partner) => sum + (state.contacts.get(partner.id) ?? 0), 0);

  return (
    <>
      <PageHeading
        title={t('title')}
        intro={t('intro')}
        actions={
          !firstStart && (
            <Link className="button primary" to="/partners/new">
              {tp('new')}
            </Link>
          )
        }
      />
      {firstStart ? (
        <FirstStart />
      ) : (
        <>
          <BackupReminder />
          <ThisWeekPanel />
          <div className="stats">
            <div className="card stat">
              <strong>{formatNumber(live.filter((partner) => partner.status === 'active').length, language)}</strong>
              <span>{t('stats.active')}</span>
            </div>
            <div className="card stat">
              <strong>{formatNumber(live.filter((partner) => partner.status === 'prospective').length, language)}</strong>
              <span>{t('stats.prospective')}</span>
            </div>
            <div className="card stat">
              <strong>{formatNumber(contactCount, language)}</strong>
              <span>{t('stats.contacts')}</span>
            </div>
          </div>
          <CoverageView coverage={computeCoverage(state.partners)} />
        </>
      )}
    </>
  );
}
