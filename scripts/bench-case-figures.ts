/**
 * How long a risk picture's case figures take to count at the bench city
 * (`npx tsx scripts/bench-case-figures.ts`): the cases of `npm run bench`'s city (20,000 over
 * ten years at 100%) generated in this process, encrypted as the app stores them, put into an
 * IndexedDB (fake-indexeddb, in Node), then `countCaseFigures` for the last full year before
 * the city's today (with the year before it, which it reads too), as agreeing an edition and a
 * draft's page run it. For comparison: the same counting from a read of the whole table, and
 * the pure counting alone. fake-indexeddb is an in-memory IndexedDB in JavaScript: it says how
 * the work grows and what part is decryption, not what Chromium's IndexedDB on a disk takes.
 * Prints medians; asserts nothing.
 *
 * Options: --scale=1 (a fraction of the city), --runs=5.
 */
import 'fake-indexeddb/auto';
import { generateCity } from './bench/city/city';
import { deriveSessionKeys } from '../renderer/src/crypto/session-keys';
import { caseFiguresOf } from '../renderer/src/domain/case-figures';
import type { RecordMeta } from '../renderer/src/domain/record';
import type { Referral } from '../renderer/src/domain/referral';
import { lastFullYear } from '../renderer/src/domain/figures-period';
import { RoundtableDb } from '../renderer/src/storage/db';
import { createRecordStores } from '../renderer/src/storage/record-store';
import { createCaseFiguresRepository } from '../renderer/src/storage/repositories/case-figures';
import { createSealedCodec } from '../renderer/src/storage/sealed-codec';

declare const process: { argv: string[] };

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const scale = option('scale', 1);
const runs = option('runs', 5);
const log = (text: string) => console.log(text);

async function median(label: string, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up: the first run compiles the code paths
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = times[Math.floor(times.length / 2)]!;
  log(`${label}: median ${middle.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}; ${runs} runs)`);
  return middle;
}

let started = performance.now();
const city = generateCity(scale);
const referrals = city.tables.find((table) => table.store === 'referrals')!.rows as unknown as Referral[];
log(
  `city at ${scale * 100}%: ${referrals.length.toLocaleString('en')} cases, generated in ${((performance.now() - started) / 1000).toFixed(1)} s; today ${city.today}`,
);

const db = new RoundtableDb(`bench-case-figures-${Date.now()}`);
db.codec = createSealedCodec(deriveSessionKeys(new Uint8Array(32).fill(7)).records);
started = performance.now();
await db.table('referrals').bulkPut(referrals.map((referral) => db.codec.encode('referrals', referral as RecordMeta)));
log(`sealed and stored in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const { start, end } = lastFullYear(city.today);
const repository = createCaseFiguresRepository(db);
const figures = await repository.countCaseFigures(start, end, new Date());
const read = referrals.filter((referral) => referral.receivedOn >= figures.previousStart && referral.receivedOn <= end);
log(
  `period ${start} – ${end} against ${figures.previousStart} – ${figures.previousEnd}: ${figures.total} and ${figures.previousTotal} cases; ${read.length.toLocaleString('en')} of ${referrals.length.toLocaleString('en')} rows read`,
);
log(
  `rows per breakdown: ${Object.entries(figures.breakdowns)
    .map(([dimension, rows]) => `${dimension} ${rows.length}`)
    .join(', ')}`,
);

await median('countCaseFigures (receivedOn index, two years decrypted)', () => repository.countCaseFigures(start, end, new Date()));
const stores = createRecordStores(db, () => city.today);
await median('for comparison: the whole table read and decrypted, then counted', async () =>
  caseFiguresOf(await stores.referrals.list(), { start, end }, new Date()),
);
await median('the counting alone (caseFiguresOf over the two years, in memory)', async () => caseFiguresOf(read, { start, end }, new Date()));
db.close();
