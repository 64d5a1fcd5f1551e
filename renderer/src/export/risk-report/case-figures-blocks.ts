/**
 * The edition's case figures in the report: the total against the previous period, a chart
 * by concern, and a table per breakdown. Counts come already suppressed (null = "<5"): the
 * report prints "<5" and leaves the bar out, never a number.
 */
import type { ChartSpec } from '../../charts/chart-spec';
import { caseFigureDimensions, type CaseFigureDimension, type CaseFigureRow, type CaseFiguresSnapshot } from '../../domain/risk-picture';
import type { ExportLabels } from '../labels';
import type { ReportBlock } from './report-document';
import { change, count, period } from './report-labels';

function groupName(l: ExportLabels, dimension: CaseFigureDimension, key: string): string {
  switch (dimension) {
    case 'concern':
      return l.term(`referrals:vocab.concerns.${key}`, key);
    case 'ageBand':
      return l.term(`referrals:vocab.ageBands.${key}`, key);
    case 'outcome':
      return key ? l.term(`referrals:vocab.outcomes.${key}`, key) : l.t('riskReport.caseFigures.noOutcome');
    case 'area':
      return key;
  }
}

/** Referrals by concern, this period beside the previous one. */
export function concernChart(l: ExportLabels, figures: CaseFiguresSnapshot): ChartSpec {
  const rows = figures.breakdowns.concern;
  return {
    kind: 'bar',
    title: l.t('riskReport.caseFigures.chartTitle'),
    categories: rows.map((row) => groupName(l, 'concern', row.key)),
    series: [
      { name: period(l, figures.periodStart, figures.periodEnd), values: rows.map((row) => row.count) },
      { name: period(l, figures.previousStart, figures.previousEnd), values: rows.map((row) => row.previous) },
    ],
    valueLabel: l.t('riskReport.caseFigures.valueLabel'),
    suppressedLabel: l.t('riskReport.caseFigures.suppressed'),
  };
}

function breakdownTable(l: ExportLabels, dimension: CaseFigureDimension, rows: CaseFigureRow[]): ReportBlock[] {
  if (rows.length === 0) return [];
  return [
    { kind: 'subheading', text: l.t(`riskReport.caseFigures.dimensions.${dimension}`) },
    {
      kind: 'table',
      table: {
        columns: [
          l.t('riskReport.caseFigures.group'),
          l.t('riskReport.caseFigures.count'),
          l.t('riskReport.caseFigures.previous'),
          l.t('riskReport.caseFigures.change'),
        ],
        rows: rows.map((row) => [[groupName(l, dimension, row.key)], [count(l, row.count)], [count(l, row.previous)], [change(l, row.count, row.previous)]]),
      },
    },
  ];
}

export function caseFigureBlocks(l: ExportLabels, figures: CaseFiguresSnapshot | null): ReportBlock[] {
  if (!figures) return [{ kind: 'paragraph', text: l.t('riskReport.caseFigures.none') }];
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: l.t('riskReport.caseFigures.total', {
        count: count(l, figures.total),
        previous: period(l, figures.previousStart, figures.previousEnd),
        previousCount: count(l, figures.previousTotal),
      }),
    },
    { kind: 'note', text: l.t('riskReport.caseFigures.suppressedNote') },
  ];
  if (figures.breakdowns.concern.length > 0) blocks.push({ kind: 'chart', spec: concernChart(l, figures) });
  for (const dimension of caseFigureDimensions) blocks.push(...breakdownTable(l, dimension, figures.breakdowns[dimension]));
  blocks.push({ kind: 'note', text: l.t('riskReport.caseFigures.countedAt', { date: l.date(figures.countedAt) }) });
  return blocks;
}
