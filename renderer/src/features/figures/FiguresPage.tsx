/**
 * The network's figures for a period (funders, oversight, annual reports): each section a
 * heading, a note on how it is counted, and its charts, each with a table view and an export.
 * The sections are whatever figure-loaders.ts lists; this page only lays them out.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localToday } from '../../domain/date-time';
import type { FiguresPeriod } from '../../domain/figures-period';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { PageHeading } from '../../ui/PageHeading';
import { paramsFromPeriod, periodFromParams } from '../../ui/period-query';
import { PeriodFilter } from '../../ui/PeriodFilter';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { figureSectionLoaders } from './figure-loaders';
import { FiguresReportButton } from './FiguresReportButton';
import { useFigureSections, type SectionState } from './useFigureSections';
import './figures.css';

export function FiguresPage() {
  const { t } = useTranslation('figures');
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => localToday(), []);
  const { period, invalid } = useMemo(() => periodFromParams(params, today), [params, today]);
  const choose = useCallback((next: FiguresPeriod) => setParams(paramsFromPeriod(next), { replace: true }), [setParams]);
  const sections = useFigureSections(figureSectionLoaders, period);

  return (
    <>
      <PageHeading title={t('title')} intro={t('intro')} actions={<FiguresReportButton loaders={figureSectionLoaders} period={period} />} />
      <PeriodFilter period={period} today={today} onChange={choose} />
      {invalid && (
        <p className="notice warn" role="status">
          {t('page.periodInvalid')}
        </p>
      )}
      <p className="figures-showing" aria-live="polite">
        {t('page.showing', { from: formatDate(period.start, language), to: formatDate(period.end, language) })}
      </p>
      {sections.map((state, index) => (
        <FigureSectionView key={index} state={state} />
      ))}
    </>
  );
}

function FigureSectionView({ state }: { state: SectionState }) {
  const { t } = useTranslation('figures');
  const errorMessage = useErrorMessage();
  if (state.status === 'loading') {
    return (
      <section className="card figures-section" aria-busy="true">
        <p className="muted">{t('page.loading')}</p>
      </section>
    );
  }
  if (state.status === 'failed') {
    return (
      <section className="card figures-section">
        <p className="notice error" role="alert">
          {t('page.sectionFailed', { reason: errorMessage(state.error) })}
        </p>
      </section>
    );
  }
  const { section } = state;
  return (
    <Section title={section.heading} className="figures-section">
      <div id={`figures-${section.id}`} data-testid={`figures-${section.id}`}>
        {section.note && <p className="muted figures-note">{section.note}</p>}
        {section.charts.map((chart, index) => (
          <ChartFigure key={`${chart.title}-${index}`} spec={chart} testId={`chart-${section.id}-${index}`} />
        ))}
      </div>
    </Section>
  );
}
