/**
 * The case figures (domain/referral-figures.ts) as charts, translated: stacked bars per
 * quarter by concern, by the referring partner's sector and by where cases stand; the median
 * days to the panel and to closure with the cases behind them; reviews done on time. Labels
 * of concerns, outcomes and sectors are the app's own (referrals and common namespaces), so a
 * chart names them exactly as the case form does.
 */
import type { TFunction } from 'i18next';
import type { ChartSpec } from '../../charts/chart-spec';
import type { Quarter } from '../../domain/figures-period';
import type { OutcomeCategory, ReferralFigures, SectorCategory } from '../../domain/referral-figures';

/** The namespaces the case figures' texts come from. */
export type ReferralFiguresT = TFunction<['figures', 'referrals', 'common']>;

function outcomeLabel(t: ReferralFiguresT, category: OutcomeCategory): string {
  switch (category) {
    case 'open':
      return t('figures:referrals.open');
    case 'not_appropriate':
    case 'signposted':
    case 'closed':
      return t(`referrals:vocab.statuses.${category}`);
    default:
      return t(`referrals:vocab.outcomes.${category}`);
  }
}

function sectorLabel(t: ReferralFiguresT, category: SectorCategory): string {
  return category === 'unknown' ? t('figures:referrals.unknownSector') : t(`common:sectors.${category}`);
}

export function quarterLabel(t: ReferralFiguresT, quarter: Quarter): string {
  return t('figures:referrals.quarter', { quarter: quarter.quarter, year: quarter.year });
}

export function referralCharts(figures: ReferralFigures, t: ReferralFiguresT): ChartSpec[] {
  const categories = figures.quarters.map((quarter) => quarterLabel(t, quarter));
  const suppressedLabel = t('figures:referrals.suppressed');
  const referrals = t('figures:referrals.values.referrals');
  const stacked = (title: string, series: ChartSpec['series']): ChartSpec => ({
    kind: 'stackedBar',
    title,
    categories,
    series,
    valueLabel: referrals,
    suppressedLabel,
  });
  return [
    stacked(
      t('figures:referrals.charts.byConcern'),
      figures.byConcern.map(({ category, values }) => ({ name: t(`referrals:vocab.concerns.${category}`), values })),
    ),
    stacked(
      t('figures:referrals.charts.bySector'),
      figures.bySector.map(({ category, values }) => ({ name: sectorLabel(t, category), values })),
    ),
    stacked(
      t('figures:referrals.charts.byOutcome'),
      figures.byOutcome.map(({ category, values }) => ({ name: outcomeLabel(t, category), values })),
    ),
    {
      kind: 'line',
      title: t('figures:referrals.charts.medianDays'),
      categories,
      series: [
        { name: t('figures:referrals.series.toPanel'), values: figures.toPanel.median },
        { name: t('figures:referrals.series.toClosure'), values: figures.toClosure.median },
      ],
      valueLabel: t('figures:referrals.values.days'),
      suppressedLabel,
    },
    {
      kind: 'bar',
      title: t('figures:referrals.charts.measured'),
      categories,
      series: [
        { name: t('figures:referrals.series.toPanel'), values: figures.toPanel.measured },
        { name: t('figures:referrals.series.toClosure'), values: figures.toClosure.measured },
      ],
      valueLabel: t('figures:referrals.values.cases'),
      suppressedLabel,
    },
    {
      kind: 'bar',
      title: t('figures:referrals.charts.reviewsOnTime'),
      categories,
      series: [{ name: t('figures:referrals.series.onTime'), values: figures.reviews.percentOnTime }],
      valueLabel: t('figures:referrals.values.percent'),
      suppressedLabel,
      percent: true,
    },
    {
      kind: 'bar',
      title: t('figures:referrals.charts.reviewsDue'),
      categories,
      series: [
        { name: t('figures:referrals.series.due'), values: figures.reviews.due },
        { name: t('figures:referrals.series.onTime'), values: figures.reviews.onTime },
      ],
      valueLabel: t('figures:referrals.values.reviews'),
      suppressedLabel,
    },
  ];
}
