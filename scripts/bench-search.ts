/**
 * How fast the one search answers per keystroke at the bench city (`npm run bench:search`):
 * the city of `npm run bench` (500 partners, 3,000 contacts, 5,000 meetings, 60,000 agenda
 * items with minutes, 50,000 actions, 20,000 cases, 1,000 agreements at 100%) generated in
 * this process, turned into the search's documents and indexed with the app's own index
 * (renderer/src/search); then queries taken from the city are typed one character at a time,
 * and each prefix is searched as the worker does on a keystroke (MiniSearch, grouping,
 * joining). Measured in Node (V8, like Chromium's worker), on one thread: the time the worker
 * spends per keystroke, not the message round trip or React's render of the answer.
 * Prints p50/p95/max per keystroke, the build time and the index's heap; asserts nothing.
 *
 * Options: --scale=1 (a fraction of the city), --runs=3.
 * It runs renderer code, so it belongs to the renderer's TypeScript project (no Node types).
 */
import { generateCity } from './bench/city/city';
import type { SearchableRecords, SearchableTable } from '../renderer/src/storage';
import { searchDocument } from '../renderer/src/search/search-documents';
import { createSearchIndex } from '../renderer/src/search/search-index';
import type { SearchDocument } from '../renderer/src/search/search-types';

declare const process: { argv: string[]; memoryUsage(): { heapUsed: number } };
declare const global: { gc?: () => void };

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const scale = option('scale', 1);
const runs = option('runs', 3);
const log = (text: string) => console.log(text);

const heap = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed;
};

let started = performance.now();
const city = generateCity(scale);
log(`city at ${scale * 100}%: generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const searchable: Record<string, SearchableTable> = {
  partners: 'partners',
  contacts: 'contacts',
  meetings: 'meetings',
  agendaItems: 'agendaItems',
  actions: 'actions',
  agreements: 'agreements',
  referrals: 'referrals',
};
const documents: SearchDocument[] = [];
const counts: Record<string, number> = {};
for (const { store, rows } of city.tables) {
  const table = searchable[store];
  if (!table) continue;
  const live = (rows as { deletedAt: string | null }[]).filter((row) => row.deletedAt === null);
  counts[table] = live.length;
  for (const row of live) documents.push(searchDocument(table, row as unknown as SearchableRecords[typeof table]));
}
log(
  `documents: ${documents.length} (${Object.entries(counts)
    .map(([table, count]) => `${table} ${count}`)
    .join(', ')})`,
);

const heapBefore = heap();
started = performance.now();
const index = createSearchIndex();
// As the window posts them: chunks of 250.
for (let at = 0; at < documents.length; at += 250) index.upsert(documents.slice(at, at + 250));
const buildMs = performance.now() - started;
const heapIndex = heap() - heapBefore;
log(
  `index built in ${(buildMs / 1000).toFixed(1)} s (in the worker, at unlock, while the window reads the next chunks); heap +${Math.round(heapIndex / 2 ** 20)} MB`,
);

// What a coordinator types: names, titles, words of the minutes, case codes, with typos and umlauts typed as ae/oe/ue.
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const ofKind = (kind: SearchDocument['kind']) => documents.filter((document) => document.kind === kind);
const word = (text: string) => pick(text.split(/[^\p{L}\p{N}-]+/u).filter((part) => part.length >= 4));
const typo = (text: string) => {
  const at = 1 + Math.floor(random() * (text.length - 2));
  return `${text.slice(0, at)}${text[at + 1]}${text[at]}${text.slice(at + 2)}`;
};
const umlautsTyped = (text: string) => text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
const queries: string[] = [];
for (let n = 0; n < 6; n += 1) queries.push(pick(ofKind('partner')).title.split('\n')[0]!);
for (let n = 0; n < 4; n += 1) queries.push(pick(ofKind('contact')).title);
for (let n = 0; n < 4; n += 1) queries.push(pick(ofKind('meeting')).title);
for (let n = 0; n < 6; n += 1) queries.push(word(pick(ofKind('agendaItem')).text));
for (let n = 0; n < 3; n += 1) queries.push(`${word(pick(ofKind('agendaItem')).text)} ${word(pick(ofKind('agendaItem')).text)}`);
for (let n = 0; n < 4; n += 1) queries.push(typo(word(pick(ofKind('agendaItem')).text)));
for (let n = 0; n < 3; n += 1) queries.push(umlautsTyped(pick(ofKind('partner')).title.split('\n')[0]!));
for (let n = 0; n < 3; n += 1) queries.push(pick(ofKind('action')).title.split(' ').slice(0, 3).join(' '));
for (let n = 0; n < 2; n += 1) queries.push(pick(ofKind('agreement')).title);
for (let n = 0; n < 5; n += 1) queries.push(pick(ofKind('referral')).title);

// Warm up (V8 compiles the hot paths), then time every keystroke of every query, `runs` times;
// a keystroke's time is its median over the runs (another process taking the CPU for a moment
// then does not count as the search's time).
for (const query of queries) index.search(query);
const keystrokes = queries.flatMap((query) => Array.from({ length: query.length }, (_, length) => query.slice(0, length + 1)));
const perRun: number[][] = keystrokes.map(() => []);
for (let run = 0; run < runs; run += 1) {
  keystrokes.forEach((typed, at) => {
    const begin = performance.now();
    index.search(typed);
    perRun[at]!.push(performance.now() - begin);
  });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const times = perRun.map(median);
const slowest = keystrokes.map((typed, at) => ({ typed, ms: times[at]! })).sort((a, b) => b.ms - a.ms);
times.sort((a, b) => a - b);
const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
log(
  `\nsearch per keystroke, measured in Node ${(globalThis as { process?: { version?: string } }).process?.version ?? ''} (${queries.length} queries typed one character at a time: ${keystrokes.length} keystrokes, each the median of ${runs} runs)`,
);
log(`  p50 ${quantile(0.5).toFixed(1)} ms   p95 ${quantile(0.95).toFixed(1)} ms   max ${times[times.length - 1]!.toFixed(1)} ms`);
log(
  `  slowest: ${slowest
    .slice(0, 5)
    .map(({ ms, typed }) => `"${typed}" ${ms.toFixed(1)} ms`)
    .join(', ')}`,
);
log(
  `  sample answers: ${queries
    .slice(0, 3)
    .concat(queries.slice(-2))
    .map(
      (query) =>
        `"${query}" → ${
          index
            .search(query)
            .groups.map((group) => `${group.group} ${group.total}`)
            .join(', ') || 'nothing'
        }`,
    )
    .join('; ')}`,
);
