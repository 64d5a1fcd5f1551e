import { useTranslation } from 'react-i18next';
import type { EditionComparison } from '../../../domain/risk-picture-compare';
import type { RiskGap } from '../../../domain/risk-picture';
import { BeforeAfter } from './BeforeAfter';
import { MarkingChanges, SourceChanges, TextChanges } from './OtherChanges';
import { ThreatChanges, type LinkNames } from './ThreatChanges';

interface ComparisonViewProps {
  comparison: EditionComparison;
  period: (edition: { periodStart: string; periodEnd: string }) => string;
  names: LinkNames;
}

/** The changes between two editions, section by section, or a calm note that nothing changed. */
export function ComparisonView({ comparison, period, names }: ComparisonViewProps) {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const asPeriod = ({ start, end }: { start: string; end: string }) => period({ periodStart: start, periodEnd: end });
  const gapText = (gap: RiskGap) => (gap.sector ? `${gap.text} (${t('compare.gapSector', { sector: tc(`sectors.${gap.sector}`) })})` : gap.text);
  return (
    <>
      <ul className="compare-overview">
        <li>
          {t('compare.periodLabel')}:{' '}
          {comparison.period.changed ? (
            <BeforeAfter before={asPeriod(comparison.period.before)} after={asPeriod(comparison.period.after)} />
          ) : (
            asPeriod(comparison.period.after)
          )}
        </li>
        {comparison.title.changed && (
          <li>
            {t('compare.titleLabel')}: <BeforeAfter before={comparison.title.before} after={comparison.title.after} />
          </li>
        )}
        {comparison.summaryChanged && <li>{t('compare.summaryChanged')}</li>}
      </ul>
      {!comparison.contentChanged ? (
        <section className="card empty-state">
          <h2>{t('compare.nothingChanged.title')}</h2>
          <p>{t('compare.nothingChanged.body')}</p>
        </section>
      ) : (
        <>
          <ThreatChanges threats={comparison.threats} names={names} />
          <SourceChanges sources={comparison.sources} />
          <TextChanges title={t('compare.sections.vulnerabilities')} changes={comparison.vulnerabilities} describe={(factor) => factor.text} />
          <TextChanges title={t('compare.sections.protectiveFactors')} changes={comparison.protectiveFactors} describe={(factor) => factor.text} />
          <TextChanges title={t('compare.sections.gaps')} changes={comparison.gaps} describe={gapText} />
          <MarkingChanges markings={comparison.markings} />
        </>
      )}
    </>
  );
}
