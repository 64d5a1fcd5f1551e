/**
 * The figures about the network's own work: its meetings and attendance, its actions, its
 * agreements and sector coverage. Each loader reads its period through the figures
 * repository and counts with domain/network-figures.ts; nothing here is about a person.
 */
import type { TFunction } from 'i18next';
import type { ChartSpec } from '../../charts/chart-spec';
import { quartersIn, type FiguresPeriod } from '../../domain/figures-period';
import { organisationName } from '../../domain/minutes-document';
import { actionsPerQuarter, agreementsInForcePerQuarter, attendancePerPartner, coveragePerQuarter, meetingsHeldPerQuarter } from '../../domain/network-figures';
import { collatorFor } from '../../i18n/format';
import { networkFigures } from '../../storage';
import type { FigureSectionLoader } from './figure-section';

/** "Q1 2026" per quarter the period touches: the categories of every chart over time. */
export function quarterLabels(period: FiguresPeriod, t: TFunction): string[] {
  return quartersIn(period).map((quarter) => t('quarter', { ns: 'figures', quarter: quarter.quarter, year: quarter.year }));
}

export const meetingsSection: FigureSectionLoader = async (period, t, language) => {
  const meetings = await networkFigures.meetings(period);
  const attendance = attendancePerPartner(meetings, period);
  const partners = await networkFigures.partnerNames(attendance.map((row) => row.partnerId));
  const collator = collatorFor(language);
  // Highest rate first; partners with the same rate by name, so the order reads.
  const rows = attendance
    .map((row) => ({ ...row, name: organisationName(partners.get(row.partnerId)) || '–' }))
    .sort((a, b) => b.rate - a.rate || collator.compare(a.name, b.name));
  const perQuarter: ChartSpec = {
    kind: 'bar',
    title: t('meetings.perQuarter', { ns: 'figures' }),
    categories: quarterLabels(period, t),
    categoryLabel: t('chart.quarter', { ns: 'figures' }),
    series: [{ name: t('meetings.held', { ns: 'figures' }), values: meetingsHeldPerQuarter(meetings, period) }],
    valueLabel: t('meetings.meetings', { ns: 'figures' }),
  };
  const rates: ChartSpec = {
    kind: 'bar',
    title: t('meetings.attendance', { ns: 'figures' }),
    categories: rows.map((row) => row.name),
    categoryLabel: t('meetings.partnerAxis', { ns: 'figures' }),
    series: [{ name: t('meetings.rate', { ns: 'figures' }), values: rows.map((row) => row.rate) }],
    valueLabel: t('chart.percent', { ns: 'figures' }),
    percent: true,
  };
  return { id: 'meetings', heading: t('meetings.heading', { ns: 'figures' }), note: t('meetings.note', { ns: 'figures' }), charts: [perQuarter, rates] };
};

export const actionsSection: FigureSectionLoader = async (period, t) => {
  const counts = actionsPerQuarter(await networkFigures.actions(period), period);
  return {
    id: 'actions',
    heading: t('actions.heading', { ns: 'figures' }),
    note: t('actions.note', { ns: 'figures' }),
    charts: [
      {
        kind: 'bar',
        title: t('actions.perQuarter', { ns: 'figures' }),
        categories: quarterLabels(period, t),
        categoryLabel: t('chart.quarter', { ns: 'figures' }),
        series: [
          { name: t('actions.opened', { ns: 'figures' }), values: counts.opened },
          { name: t('actions.done', { ns: 'figures' }), values: counts.done },
          { name: t('actions.overdue', { ns: 'figures' }), values: counts.overdue },
        ],
        valueLabel: t('actions.actions', { ns: 'figures' }),
      },
    ],
  };
};

export const agreementsSection: FigureSectionLoader = async (period, t) => {
  const [agreements, partners] = await Promise.all([networkFigures.agreements(), networkFigures.coveragePartners()]);
  const coverage = coveragePerQuarter(partners, period);
  const categories = quarterLabels(period, t);
  return {
    id: 'agreements',
    heading: t('agreements.heading', { ns: 'figures' }),
    note: t('agreements.note', { ns: 'figures' }),
    charts: [
      {
        kind: 'line',
        title: t('agreements.inForce', { ns: 'figures' }),
        categories,
        categoryLabel: t('chart.quarter', { ns: 'figures' }),
        series: [{ name: t('agreements.inForceSeries', { ns: 'figures' }), values: agreementsInForcePerQuarter(agreements, period) }],
        valueLabel: t('agreements.agreements', { ns: 'figures' }),
      },
      {
        kind: 'stackedBar',
        title: t('agreements.coverage', { ns: 'figures' }),
        categories,
        categoryLabel: t('chart.quarter', { ns: 'figures' }),
        series: [
          { name: t('agreements.covered', { ns: 'figures' }), values: coverage.covered },
          { name: t('agreements.prospective', { ns: 'figures' }), values: coverage.prospective },
          { name: t('agreements.missing', { ns: 'figures' }), values: coverage.missing },
        ],
        valueLabel: t('agreements.sectors', { ns: 'figures' }),
      },
    ],
  };
};
