/**
 * The results: measurements (rows) × scales (columns), medians over runs, and the growth
 * from 10% to 100%. Printed as ONE table, and written as Markdown and JSON.
 */
import type { Outcome } from './measure-pages';

export type Unit = 'ms' | 'MB' | 'count' | 'ratio';

interface Row {
  label: string;
  unit: Unit;
  values: Map<number, Outcome[]>;
}

export function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(numbers: number[], fraction: number): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** The median of the runs; "timeout"/"error" when fewer than half the runs gave a number. */
export function summary(outcomes: Outcome[]): Outcome {
  const numbers = outcomes.filter((value): value is number => typeof value === 'number');
  if (numbers.length === 0 || numbers.length < outcomes.length / 2) return outcomes.includes('timeout') ? 'timeout' : 'error';
  return median(numbers);
}

export class Results {
  private readonly rows = new Map<string, Row>();

  add(label: string, unit: Unit, scale: number, value: Outcome): void {
    const row = this.rows.get(label) ?? { label, unit, values: new Map() };
    row.values.set(scale, [...(row.values.get(scale) ?? []), value]);
    this.rows.set(label, row);
  }

  private cell(value: Outcome | undefined, unit: Unit): string {
    if (value === undefined) return '';
    if (typeof value !== 'number') return value;
    if (unit === 'ratio') return `×${value.toFixed(value < 10 ? 1 : 0)}`;
    if (unit === 'MB') return value.toFixed(1);
    return Math.round(value).toLocaleString('en');
  }

  /** The table as Markdown (which also reads well in a terminal). */
  markdown(scales: number[]): string {
    const header = ['measurement', ...scales.map((scale) => `${+(scale * 100).toFixed(2)}%`), 'growth 10%→100%'];
    const lines = [header, header.map((_, index) => (index === 0 ? '---' : '---:'))];
    for (const row of this.rows.values()) {
      const medians = scales.map((scale) => (row.values.has(scale) ? summary(row.values.get(scale)!) : undefined));
      const at = (scale: number) => medians[scales.indexOf(scale)];
      const ten = at(0.1);
      const full = at(1);
      const growth = typeof ten === 'number' && typeof full === 'number' && ten > 0 ? `×${(full / ten).toFixed(1)}` : '';
      lines.push([`${row.label} (${row.unit === 'ratio' ? 'page ÷ raw' : row.unit})`, ...medians.map((value) => this.cell(value, row.unit)), growth]);
    }
    const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
    return lines
      .map((line, index) =>
        index === 1
          ? `| ${line.map((cell, column) => (cell === '---' ? '-'.repeat(widths[column]!) : `${'-'.repeat(widths[column]! - 1)}:`)).join(' | ')} |`
          : `| ${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`,
      )
      .join('\n');
  }

  json(): object[] {
    return [...this.rows.values()].map((row) => ({
      measurement: row.label,
      unit: row.unit,
      scales: Object.fromEntries([...row.values].map(([scale, runs]) => [scale, { median: summary(runs), runs }])),
    }));
  }
}
