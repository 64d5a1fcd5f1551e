/**
 * Generates and validates the city for one scale and writes it to stdout as NDJSON: first
 * `{"city": {scale, today, marks, nextReviewOn, counts}}`, then `{"store", "rows"}` chunks of
 * a few thousand rows. Run by the benchmark (scripts/bench/cache.ts), which caches the
 * output; on its own: `npx tsx scripts/bench/city/emit.ts --scale=0.01 > city.ndjson`.
 *
 * It lives with the renderer's TypeScript project (it runs the app's domain code), which has
 * no Node types: the two Node globals it needs are declared here.
 */
import { generateCity } from './city';
import { validateCity } from './validate';

declare const process: { argv: string[]; stdout: { write(chunk: string): boolean }; stderr: { write(chunk: string): boolean } };

const scale = Number(process.argv.find((arg) => arg.startsWith('--scale='))?.slice('--scale='.length) ?? '0.01');
if (!(scale > 0 && scale <= 10)) throw new Error(`--scale must be a number in (0, 10], got ${scale}`);

const started = performance.now();
const city = generateCity(scale);
const generatedMs = performance.now() - started;
validateCity(city);
const validatedMs = performance.now() - started - generatedMs;
const counts = Object.fromEntries(city.tables.map((table) => [table.store, table.rows.length]));
process.stderr.write(`scale ${scale}: generated in ${Math.round(generatedMs)} ms, validated in ${Math.round(validatedMs)} ms\n`);

const { tables, ...meta } = city;
process.stdout.write(`${JSON.stringify({ city: { ...meta, counts, generatedMs, validatedMs } })}\n`);
const chunkBytes = 4_000_000;
for (const table of tables) {
  let rows: string[] = [];
  let bytes = 0;
  const flush = () => {
    if (rows.length > 0) process.stdout.write(`{"store":${JSON.stringify(table.store)},"rows":[${rows.join(',')}]}\n`);
    rows = [];
    bytes = 0;
  };
  for (const row of table.rows) {
    const text = JSON.stringify(row);
    rows.push(text);
    bytes += text.length;
    if (bytes >= chunkBytes || rows.length >= 5000) flush();
  }
  flush();
}
