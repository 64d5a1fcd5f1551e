/**
 * A chart as the app describes it, independent of the library that draws it: what is counted
 * (categories along one axis, one or more series of values), already translated. The same
 * spec draws the chart on screen, in the PDF and in the DOCX, and gives the table view, so
 * the chart and its table cannot disagree.
 */
export const chartKinds = ['bar', 'stackedBar', 'line'] as const;
export type ChartKind = (typeof chartKinds)[number];

export interface ChartSeries {
  name: string;
  /**
   * One value per category. null is a value that may not be shown: a suppressed small count
   * ("<5"), drawn as a gap and written as `suppressedLabel` in the table.
   */
  values: (number | null)[];
}

export interface ChartSpec {
  kind: ChartKind;
  /** The heading, also the accessible name of the chart. */
  title: string;
  categories: string[];
  /** What the categories are ("Quarter", "Partner"), for the table's first column; "Category" when not given. */
  categoryLabel?: string;
  series: ChartSeries[];
  /** What the values are ("Referrals", "%"), for the value axis and the table's heading. */
  valueLabel: string;
  /** How a suppressed value is written in the table: "<5". */
  suppressedLabel?: string;
  /** Values are percentages (0–100): the axis stops at 100. */
  percent?: boolean;
}

/** Rows of the table view: the category, then one cell per series, as text in the UI language. */
export function chartTableRows(spec: ChartSpec, formatNumber: (value: number) => string): string[][] {
  return spec.categories.map((category, index) => [
    category,
    ...spec.series.map((series) => {
      const value = series.values[index];
      return value === null || value === undefined ? (spec.suppressedLabel ?? '–') : formatNumber(value);
    }),
  ]);
}
