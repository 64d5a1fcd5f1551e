/**
 * The case figures snapshot as a reader sees it: each group's label (the referrals' own
 * vocabulary, never a copy of it), each change as words, and the chart of the concerns. The
 * same functions serve the screen and can serve an export.
 */
import type { TFunction } from 'i18next';
import type { ChartSpec } from '../../charts/chart-spec';
import { areaNotRecorded, changeOf, openOutcome, otherAreas } from '../../domain/case-figures';
import { closingOutcomes, type AgeBand, type ClosingOutcome, type ConcernType, type ReferralStatus } from '../../domain/referral';
import type { CaseFigureDimension, CaseFigureRow, CaseFiguresSnapshot, PublishedCount } from '../../domain/risk-picture';

/** Texts come from the riskPicture namespace and, for the groups, the referrals' own vocabulary. */
export type CaseFiguresT = TFunction<['riskPicture', 'referrals']>;

/** A group's label: a concern, age band or outcome in the referrals' words, an area as written. */
export function caseFigureLabel(dimension: CaseFigureDimension, key: string, t: CaseFiguresT): string {
  switch (dimension) {
    case 'concern':
      return t(`referrals:vocab.concerns.${key as ConcernType}`);
    case 'ageBand':
      return t(`referrals:vocab.ageBands.${key as AgeBand}`);
    case 'area':
      if (key === areaNotRecorded) return t('riskPicture:caseFigures.areaNotRecorded');
      if (key === otherAreas) return t('riskPicture:caseFigures.otherAreas');
      return key;
    case 'outcome':
      if (key === openOutcome) return t('riskPicture:caseFigures.outcomeOpen');
      // A closing records an outcome; the early exits (and a closing without one) are their status.
      return (closingOutcomes as readonly string[]).includes(key)
        ? t(`referrals:vocab.outcomes.${key as ClosingOutcome}`)
        : t(`referrals:vocab.statuses.${key as ReferralStatus}`);
  }
}

/** A published count as text: the number, or "<5". */
export function countText(count: PublishedCount, t: CaseFiguresT, formatNumber: (value: number) => string): string {
  return count === null ? t('riskPicture:caseFigures.suppressed') : formatNumber(count);
}

export interface ChangeView {
  /** What the cell shows: "↑ 2", "↓ 3", "±0" or "–". */
  shown: string;
  /** What it says in words, for screen readers: "2 more". */
  spoken: string;
  direction: 'up' | 'down' | 'same' | 'hidden';
}

/** The change against the previous period; "–" when either count is suppressed (the change would give it away). */
export function changeView(row: Pick<CaseFigureRow, 'count' | 'previous'>, t: CaseFiguresT, formatNumber: (value: number) => string): ChangeView {
  const change = changeOf(row);
  if (change === null) return { shown: '–', spoken: t('riskPicture:caseFigures.change.hidden'), direction: 'hidden' };
  if (change === 0) return { shown: '±0', spoken: t('riskPicture:caseFigures.change.same'), direction: 'same' };
  const value = formatNumber(Math.abs(change));
  return change > 0
    ? { shown: `↑ ${value}`, spoken: t('riskPicture:caseFigures.change.up', { value }), direction: 'up' }
    : { shown: `↓ ${value}`, spoken: t('riskPicture:caseFigures.change.down', { value }), direction: 'down' };
}

/** The concerns of this period against the period before, as bars; suppressed counts are gaps the table explains. */
export function concernChartSpec(snapshot: CaseFiguresSnapshot, t: CaseFiguresT): ChartSpec {
  const rows = snapshot.breakdowns.concern;
  return {
    kind: 'bar',
    title: t('riskPicture:caseFigures.chart.title'),
    categories: rows.map((row) => caseFigureLabel('concern', row.key, t)),
    series: [
      { name: t('riskPicture:caseFigures.columns.current'), values: rows.map((row) => row.count) },
      { name: t('riskPicture:caseFigures.columns.previous'), values: rows.map((row) => row.previous) },
    ],
    valueLabel: t('riskPicture:caseFigures.chart.valueLabel'),
    suppressedLabel: t('riskPicture:caseFigures.suppressed'),
  };
}
