/**
 * The alternative text of a chart image: what it shows and its values, in a sentence a
 * screen reader can read out. A long chart gives its first values and points to the table.
 */
import type { TFunction } from 'i18next';
import type { ChartSpec } from '../../charts/chart-spec';

/** How many values the text reads out per series before "…". */
const valuesRead = 8;

export function chartAltText(spec: ChartSpec, t: TFunction<'figures'>, formatValue: (value: number | null) => string): string {
  const summary = spec.series
    .map((series) => {
      const values = spec.categories.slice(0, valuesRead).map((category, index) => `${category} ${formatValue(series.values[index] ?? null)}`);
      const more = spec.categories.length > valuesRead ? ', …' : '';
      return `${series.name}: ${values.join(', ')}${more}`;
    })
    .join('; ');
  return t('chart.alt', { title: spec.title, summary });
}
