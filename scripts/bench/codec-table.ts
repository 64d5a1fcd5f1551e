/** The codec's cost per record kind (codec-bench.ts) as a Markdown table. */
import type { CodecCost } from './codec-page';

export function codecTable(costs: CodecCost[]): string {
  const header = ['record kind', 'rows timed', 'size as generated (B)', 'size sealed (B)', 'seal (µs/row)', 'open (µs/row)', 'open (MB/s)'];
  const lines = [header, header.map((_, index) => (index === 0 ? '---' : '---:'))];
  for (const cost of costs) {
    lines.push([
      cost.store,
      cost.rows.toLocaleString('en'),
      Math.round(cost.plainBytes).toLocaleString('en'),
      Math.round(cost.storedBytes).toLocaleString('en'),
      cost.encodeUs.toFixed(1),
      cost.decodeUs.toFixed(1),
      (cost.plainBytes / cost.decodeUs).toFixed(1),
    ]);
  }
  const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const table = lines
    .map((line, index) =>
      index === 1
        ? `| ${line.map((cell, column) => (cell === '---' ? '-'.repeat(widths[column]!) : `${'-'.repeat(widths[column]! - 1)}:`)).join(' | ')} |`
        : `| ${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`,
    )
    .join('\n');
  const audit = costs.find((cost) => cost.sha256Us !== undefined);
  const digest = audit
    ? `\n\nAudit chain digest per entry over its stored form: SHA-256 ${audit.sha256Us!.toFixed(1)} µs (before), HMAC-SHA-256 ${audit.hmacUs!.toFixed(1)} µs (keyed, now).`
    : '';
  return `${table}${digest}`;
}
