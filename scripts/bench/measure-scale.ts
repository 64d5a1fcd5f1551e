/**
 * Everything measured at one scale, each on a fresh browser that starts on the lock screen:
 * `runs` rounds of every page (direct load, navigation), the searches, the audit check, the
 * exports and the unlock; then, once, the rows each page opens (counted on a navigation of
 * its own, so the counting costs the timed runs nothing) priced with the codec's cost.
 */
import type { CityMeta } from './cache';
import type { CodecCost } from './codec-page';
import { exportNames, measureAuditCheck, measureExports, measureSearch } from './measure-actions';
import { measureDirect, measureNavigation, type Limits } from './measure-pages';
import { measureUnlock } from './measure-unlock';
import { pages } from './pages';
import { percentile, type Results } from './report';

export interface ScaleContext {
  dir: string;
  baseUrl: string;
  scale: number;
  label: string;
  marks: CityMeta['marks'];
  runs: number;
  limits: Limits;
  wanted: (name: string) => boolean;
  results: Results;
  notes: Set<string>;
  /** The audit check's verdicts, one per run. */
  verdicts: string[];
  log: (text: string) => void;
}

export function show(value: number | string | undefined): string {
  return typeof value === 'number' ? `${Math.round(value)} ms` : String(value);
}

async function measurePages(at: ScaleContext, run: number): Promise<void> {
  const { results, scale, label, notes } = at;
  for (const page of pages.filter((entry) => at.wanted(entry.name))) {
    const direct = await measureDirect(at.dir, at.baseUrl, page, at.marks, at.limits).catch(() => ({
      lockMs: 'error' as const,
      unlockMs: 'error' as const,
      empty: false,
      longestTaskMs: 'error' as const,
    }));
    results.add(`${page.name} · direct load: lock screen ready`, 'ms', scale, direct.lockMs);
    results.add(`${page.name} · direct load: unlock → useful`, 'ms', scale, direct.unlockMs);
    results.add(`${page.name} · longest task, direct load after the key check`, 'ms', scale, direct.longestTaskMs);
    const nav = await measureNavigation(at.dir, at.baseUrl, page, at.marks, at.limits).catch((error: unknown) => {
      at.log(`  ${page.name}: ${(error as Error).message.split('\n')[0]}`);
      return null;
    });
    if (nav) {
      results.add(`${page.name} · navigation`, 'ms', scale, nav.ms);
      results.add(`${page.name} · long tasks, navigation`, 'count', scale, nav.longTasks);
      results.add(`${page.name} · longest task, navigation`, 'ms', scale, nav.longestTaskMs);
      results.add(`${page.name} · JS heap after GC`, 'MB', scale, nav.heapMb);
      results.add(`${page.name} · DOM elements`, 'count', scale, nav.domElements);
      if (page.raw) {
        results.add(`${page.name} · raw IndexedDB read`, 'ms', scale, nav.rawMs);
        const ratio =
          typeof nav.ms === 'number' && typeof nav.rawMs === 'number' && nav.rawMs > 0 ? nav.ms / nav.rawMs : nav.ms === 'timeout' ? 'timeout' : 'error';
        results.add(`${page.name} · navigation ÷ raw read`, 'ratio', scale, ratio);
      }
      if (!nav.clicked) notes.add(`${page.name}: its link was not on ${page.from} (a paged list?), so the navigation set the route instead of clicking`);
      if (direct.empty || nav.empty) notes.add(`${page.name}: showed its empty state at ${label}`);
    }
    at.log(`  run ${run} ${page.name}: lock screen ${show(direct.lockMs)}, unlock → useful ${show(direct.unlockMs)}, navigation ${show(nav?.ms)}`);
  }
}

async function measureActions(at: ScaleContext, run: number): Promise<void> {
  const { results, scale } = at;
  for (const page of pages.filter((entry) => entry.search && (at.wanted(entry.name) || at.wanted('search')))) {
    const search = await measureSearch(at.dir, at.baseUrl, page.name, at.limits).catch(() => ({
      keystrokes: 'error' as const,
      longestTaskMs: 'error' as const,
    }));
    const keystrokes = Array.isArray(search.keystrokes) ? search.keystrokes : null;
    results.add(`${page.name} · search keystroke p50`, 'ms', scale, keystrokes ? percentile(keystrokes, 0.5) : (search.keystrokes as 'timeout'));
    results.add(`${page.name} · search keystroke p95`, 'ms', scale, keystrokes ? percentile(keystrokes, 0.95) : (search.keystrokes as 'timeout'));
    results.add(`${page.name} · longest task while typing`, 'ms', scale, search.longestTaskMs);
    at.log(`  run ${run} search ${page.name} “${page.search}”: ${keystrokes ? keystrokes.map((ms) => Math.round(ms)).join(', ') : search.keystrokes} ms`);
  }
  if (at.wanted('audit')) {
    const audit = await measureAuditCheck(at.dir, at.baseUrl, at.limits).catch(() => ({
      ms: 'error' as const,
      longestTaskMs: 'error' as const,
      verdict: '',
    }));
    results.add('audit check · until the result shows', 'ms', scale, audit.ms);
    results.add('audit check · longest task', 'ms', scale, audit.longestTaskMs);
    at.verdicts.push(audit.verdict);
    at.log(`  run ${run} audit check: ${show(audit.ms)} (${audit.verdict || 'no result'})`);
  }
  if (at.wanted('exports')) {
    const exports = await measureExports(at.dir, at.baseUrl, at.marks, at.limits);
    for (const name of exportNames) results.add(`export · ${name}`, 'ms', scale, exports[name]);
    at.log(`  run ${run} exports: ${exportNames.map((name) => `${name} ${show(exports[name])}`).join(', ')}`);
  }
  if (at.wanted('unlock') || at.wanted('interactive')) {
    const unlock = await measureUnlock(at.dir, at.baseUrl, at.limits).catch(() => null);
    results.add('unlock · cold start → lock screen ready', 'ms', scale, unlock?.lockMs ?? 'error');
    results.add('unlock · passphrase check (Argon2id, unwrap)', 'ms', scale, unlock?.keyCheckMs ?? 'error');
    results.add('unlock · Unlock → overview useful', 'ms', scale, unlock?.usefulMs ?? 'error');
    results.add('unlock · Unlock → overview answering a click', 'ms', scale, unlock?.answeredMs ?? 'error');
    results.add('unlock · longest task (Long Tasks API)', 'ms', scale, unlock?.longestTaskMs ?? 'error');
    results.add('unlock · longest main-thread stall (timer gaps)', 'ms', scale, unlock?.longestStallMs ?? 'error');
    at.log(`  run ${run} unlock: key check ${show(unlock?.keyCheckMs)}, overview useful ${show(unlock?.usefulMs)}, answering ${show(unlock?.answeredMs)}`);
  }
}

/** Once per scale: the sealed rows each page reads after navigation, and what opening them costs. */
async function measureDecoding(at: ScaleContext, codec: CodecCost[]): Promise<void> {
  const openUs = new Map(codec.map((cost) => [cost.store, cost.decodeUs]));
  for (const page of pages.filter((entry) => at.wanted(entry.name) || at.wanted('decoding'))) {
    const nav = await measureNavigation(at.dir, at.baseUrl, page, at.marks, at.limits, { countReads: true }).catch(() => null);
    const reads = nav?.reads;
    const rows = reads ? Object.values(reads).reduce((sum, count) => sum + count, 0) : 'error';
    const ms = reads ? Object.entries(reads).reduce((sum, [store, count]) => sum + (count * (openUs.get(store) ?? 0)) / 1000, 0) : 'error';
    at.results.add(`${page.name} · sealed rows read, navigation`, 'count', at.scale, rows);
    at.results.add(`${page.name} · opening them (rows × codec cost)`, 'ms', at.scale, ms);
    at.log(`  ${page.name}: ${JSON.stringify(reads ?? 'error')} ≈ ${show(ms)} to open`);
  }
}

export async function measureScale(at: ScaleContext, codec: CodecCost[] | null): Promise<void> {
  for (let run = 1; run <= at.runs; run += 1) {
    await measurePages(at, run);
    await measureActions(at, run);
  }
  if (codec) await measureDecoding(at, codec);
}
