/**
 * "From the network's own records" on a risk picture edition: the referrals of its period by
 * concern, age band, area and outcome, against the period before, counts only and small
 * groups suppressed. An agreed edition shows the figures as they were when it was agreed (its
 * snapshot); a draft counts the cases live, so the figures follow the cases until agreed.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import { caseFigureDimensions, type CaseFiguresSnapshot } from '../../domain/risk-picture';
import { useLanguage } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { caseFigures, useLiveList } from '../../storage';
import { ChartImage } from '../../ui/charts/ChartImage';
import { Section } from '../../ui/Section';
import { CaseFiguresTable } from './CaseFiguresTable';
import { concernChartSpec, countText } from './case-figures-view';
import './case-figures.css';

export interface CaseFiguresSectionProps {
  periodStart: string;
  periodEnd: string;
  /** The figures kept when the edition was agreed; null for a draft (counted live). */
  snapshot: CaseFiguresSnapshot | null;
}

const chartSize = { width: 720, height: 340 };

/**
 * The figures an edition shows and its report prints: the snapshot of an agreed edition, or,
 * for a draft, the cases of its period counted live (undefined while counting).
 */
export function useCaseFigures({ periodStart, periodEnd, snapshot }: CaseFiguresSectionProps): CaseFiguresSnapshot | null | undefined {
  // Counted live only for a draft; an agreed edition's figures never change.
  const live = useLiveList(['referrals'], () => (snapshot ? Promise.resolve(null) : caseFigures.countCaseFigures(periodStart, periodEnd, new Date())), [
    snapshot,
    periodStart,
    periodEnd,
  ]);
  return snapshot ?? live;
}

/** The section; `figures` from `useCaseFigures`, `children` above the tables (the section's marking). */
export function CaseFiguresSection({ figures, agreed, children }: { figures: CaseFiguresSnapshot | null | undefined; agreed: boolean; children?: ReactNode }) {
  const { t } = useTranslation(['riskPicture', 'referrals', 'common']);
  return (
    <Section title={t('riskPicture:caseFigures.title')} className="case-figures">
      {children}
      {figures ? <CaseFiguresBody figures={figures} agreed={agreed} /> : <p className="muted">{t('common:loading')}</p>}
    </Section>
  );
}

function CaseFiguresBody({ figures, agreed }: { figures: CaseFiguresSnapshot; agreed: boolean }) {
  const { t } = useTranslation(['riskPicture', 'referrals']);
  const language = useLanguage();
  const number = (value: number) => formatNumber(value, language);
  const date = (iso: string) => formatDate(iso, language);
  const chart = useMemo(() => concernChartSpec(figures, t), [figures, t]);
  const empty = figures.total === 0 && figures.previousTotal === 0;
  return (
    <>
      <p>
        {t('riskPicture:caseFigures.periods', {
          start: date(figures.periodStart),
          end: date(figures.periodEnd),
          previousStart: date(figures.previousStart),
          previousEnd: date(figures.previousEnd),
        })}
      </p>
      <p className="muted">
        {agreed ? t('riskPicture:caseFigures.agreedAsOf', { date: date(localToday(new Date(figures.countedAt))) }) : t('riskPicture:caseFigures.live')}
      </p>
      {empty ? (
        <p>{t('riskPicture:caseFigures.empty')}</p>
      ) : (
        <>
          <p className="case-figures-total">
            {t('riskPicture:caseFigures.total', { count: countText(figures.total, t, number), previous: countText(figures.previousTotal, t, number) })}
          </p>
          {/* A chart of nothing but suppressed groups would show an empty axis: the tables say it. */}
          {chart.series.some((series) => series.values.some((value) => value !== null && value > 0)) && (
            <figure className="case-figures-chart">
              <ChartImage spec={chart} alt={t('riskPicture:caseFigures.chart.alt')} size={chartSize} />
              <figcaption className="muted">{chart.title}</figcaption>
            </figure>
          )}
          <div className="case-figures-grid">
            {caseFigureDimensions.map((dimension) => (
              <CaseFiguresTable
                key={dimension}
                dimension={dimension}
                rows={figures.breakdowns[dimension]}
                note={
                  dimension === 'concern' ? t('riskPicture:caseFigures.concernNote') : dimension === 'area' ? t('riskPicture:caseFigures.areaNote') : undefined
                }
              />
            ))}
          </div>
          <p className="muted case-figures-note">{t('riskPicture:caseFigures.suppressedNote')}</p>
        </>
      )}
    </>
  );
}
