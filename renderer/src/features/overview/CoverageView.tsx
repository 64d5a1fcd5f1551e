import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { coverageSummary, type SectorCoverage } from '../../domain/coverage';
import type { SectorGroup } from '../../domain/sectors';
import { Section } from '../../ui/Section';

/** Every recommended sector with its state: covered, only prospective, or missing. */
export function CoverageView({ coverage }: { coverage: SectorCoverage[] }) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const summary = coverageSummary(coverage);
  const gaps = coverage.filter((entry) => entry.state !== 'covered');
  return (
    <Section title={t('coverage.title')}>
      <p className="muted">{t('coverage.intro')}</p>
      <p className="section-title">
        <strong>{t('coverage.summary', summary)}</strong>
      </p>
      {(['core', 'growth'] as SectorGroup[]).map((group) => (
        <div key={group}>
          <h3 className="section-title">{tc(`sectorGroups.${group}`)}</h3>
          <ul className="coverage-grid" aria-label={tc(`sectorGroups.${group}`)}>
            {coverage
              .filter((entry) => entry.group === group)
              .map((entry) => (
                <li key={entry.sector} className={`coverage-item ${entry.state}`} data-sector={entry.sector}>
                  <div className="coverage-head">
                    <strong>{tc(`sectors.${entry.sector}`)}</strong>
                    <span className={`badge ${entry.state}`}>{t(`coverage.state.${entry.state}`)}</span>
                  </div>
                  <small>
                    {entry.activeCount > 0 && t('coverage.activeCount', { count: entry.activeCount })}
                    {entry.activeCount > 0 && entry.prospectiveCount > 0 && ' · '}
                    {entry.prospectiveCount > 0 && t('coverage.prospectiveCount', { count: entry.prospectiveCount })}
                  </small>
                  {entry.state !== 'missing' && (
                    <Link to={`/partners?sector=${entry.sector}`} aria-label={t('coverage.showPartners', { sector: tc(`sectors.${entry.sector}`) })}>
                      {tc('nav.partners')} →
                    </Link>
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
      <h3 className="section-title">{t('coverage.gapsTitle')}</h3>
      {gaps.length === 0 ? (
        <p>{t('coverage.noGaps')}</p>
      ) : (
        <ul className="gaps">
          {gaps.map((entry) => (
            <li key={entry.sector}>
              {entry.state === 'missing'
                ? t('coverage.missingSector', { sector: tc(`sectors.${entry.sector}`) })
                : `${tc(`sectors.${entry.sector}`)}: ${t('coverage.state.prospective')}`}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
