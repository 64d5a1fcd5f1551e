/**
 * `npm run bench`: the large-city benchmark. Per scale (1%, 10%, 100% of a city with 500
 * partners, 5,000 meetings, 60,000 agenda items, 50,000 actions, 20,000 cases over ten
 * years): generate the city (deterministic, validated, cached in out/bench-cache/), load it
 * into the web edition's IndexedDB in a Chromium profile, then measure every main page (cold
 * direct load, in-app navigation, long tasks, heap, DOM, raw-read baseline), search per
 * keystroke, the audit check and the exports, each run on a fresh browser. Prints ONE table
 * of medians; writes out/bench-results.md and out/bench-results.json. Asserts nothing.
 *
 * Options: --scales=0.01,0.1,1  --runs=3  --only=<names> (pages from pages.ts, and "search",
 * "audit", "exports", "interactive"), --timeout=60 (seconds a page may take to be useful).
 * Builds the web edition when out/web is missing. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startWebEdition } from '../../tests/e2e/support/server';
import { cityFor, generatorHash, root, type CityMeta } from './cache';
import { exportNames, measureAuditCheck, measureExports, measureSearch } from './measure-actions';
import { measureDirect, measureInteractive, measureNavigation, type Limits } from './measure-pages';
import { pages } from './pages';
import { loadedProfile } from './profile';
import { percentile, Results } from './report';

/** The web edition is served on its own port: a profile's database belongs to one origin. */
const BENCH_PORT = 4188;

const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const scales = option('scales', '0.01,0.1,1').split(',').map(Number);
const runs = Number(option('runs', '3'));
const only = option('only', '')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
const wanted = (name: string) => only.length === 0 || only.includes(name.toLowerCase());
const limits: Limits = { usefulMs: Number(option('timeout', '60')) * 1000 };
if (scales.some((scale) => !(scale > 0)) || !(runs >= 1)) throw new Error('usage: --scales=0.01,0.1,1 --runs=3 --only=partners,search');

const log = (text: string) => console.error(text);
const started = performance.now();
if (!existsSync(resolve(root, 'out/web/index.html'))) {
  log('building the web edition …');
  execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

const results = new Results();
const timings: Record<string, { generationMs: number; loadMs: number; measureMs: number }> = {};
const cities: Record<string, CityMeta> = {};
const verdicts: Record<string, string[]> = {};
const notes = new Set<string>();
const hash = generatorHash();
const server = await startWebEdition({ port: BENCH_PORT, strictPort: true });
try {
  for (const scale of scales) {
    const label = `${+(scale * 100).toFixed(2)}%`;
    log(`\n== scale ${label} ==`);
    const city = await cityFor(scale, hash);
    cities[label] = city.meta;
    log(`city: ${city.generationMs ? `generated in ${(city.generationMs / 1000).toFixed(1)} s` : 'from the cache'}; ${JSON.stringify(city.meta.counts)}`);
    const profile = await loadedProfile(city, server.url);
    log(`profile: ${profile.loadMs ? `loaded in ${(profile.loadMs / 1000).toFixed(1)} s` : 'loaded before'}`);
    const measuring = performance.now();
    const marks = city.meta.marks;

    for (let run = 1; run <= runs; run += 1) {
      for (const page of pages.filter((entry) => wanted(entry.name))) {
        const direct = await measureDirect(profile.dir, server.url, page, marks, limits).catch(() => ({
          ms: 'error' as const,
          empty: false,
          longestTaskMs: 'error' as const,
        }));
        results.add(`${page.name} · direct load`, 'ms', scale, direct.ms);
        results.add(`${page.name} · longest task, direct load`, 'ms', scale, direct.longestTaskMs);
        const nav = await measureNavigation(profile.dir, server.url, page, marks, limits).catch((error: unknown) => {
          log(`  ${page.name}: ${(error as Error).message.split('\n')[0]}`);
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
        log(`  run ${run} ${page.name}: direct ${show(direct.ms)}, navigation ${show(nav?.ms)}`);
      }
      for (const page of pages.filter((entry) => entry.search && (wanted(entry.name) || wanted('search')))) {
        const search = await measureSearch(profile.dir, server.url, page.name, limits).catch(() => ({
          keystrokes: 'error' as const,
          longestTaskMs: 'error' as const,
        }));
        const keystrokes = Array.isArray(search.keystrokes) ? search.keystrokes : null;
        results.add(`${page.name} · search keystroke p50`, 'ms', scale, keystrokes ? percentile(keystrokes, 0.5) : (search.keystrokes as 'timeout'));
        results.add(`${page.name} · search keystroke p95`, 'ms', scale, keystrokes ? percentile(keystrokes, 0.95) : (search.keystrokes as 'timeout'));
        results.add(`${page.name} · longest task while typing`, 'ms', scale, search.longestTaskMs);
        log(`  run ${run} search ${page.name} “${page.search}”: ${keystrokes ? keystrokes.map((ms) => Math.round(ms)).join(', ') : search.keystrokes} ms`);
      }
      if (wanted('audit')) {
        const audit = await measureAuditCheck(profile.dir, server.url, limits).catch(() => ({
          ms: 'error' as const,
          longestTaskMs: 'error' as const,
          verdict: '',
        }));
        results.add('audit check · until the result shows', 'ms', scale, audit.ms);
        results.add('audit check · longest task', 'ms', scale, audit.longestTaskMs);
        (verdicts[label] ??= []).push(audit.verdict);
        log(`  run ${run} audit check: ${show(audit.ms)} (${audit.verdict || 'no result'})`);
      }
      if (wanted('exports')) {
        const exports = await measureExports(profile.dir, server.url, marks, limits);
        for (const name of exportNames) results.add(`export · ${name}`, 'ms', scale, exports[name]);
        log(`  run ${run} exports: ${exportNames.map((name) => `${name} ${show(exports[name])}`).join(', ')}`);
      }
      if (wanted('interactive')) {
        const interactive = await measureInteractive(profile.dir, server.url, limits).catch(() => 'error' as const);
        results.add('cold open → overview interactive', 'ms', scale, interactive);
        log(`  run ${run} cold open to interactive: ${show(interactive)}`);
      }
    }
    timings[label] = { generationMs: city.generationMs, loadMs: profile.loadMs, measureMs: performance.now() - measuring };
  }
} finally {
  await server.close();
}

function show(value: number | string | undefined): string {
  return typeof value === 'number' ? `${Math.round(value)} ms` : String(value);
}

const table = results.markdown(scales);
const totalMs = performance.now() - started;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const footer = [
  `Medians of ${runs} run(s), each on a fresh headless Chromium (${'1366×768'}, en-GB, Europe/Berlin) on a loaded profile. “timeout”: not useful within ${limits.usefulMs / 1000} s.`,
  ...Object.entries(timings).map(
    ([label, time]) =>
      `${label}: generation ${time.generationMs ? seconds(time.generationMs) : 'cached'}, loading ${time.loadMs ? seconds(time.loadMs) : 'cached'}, measuring ${seconds(time.measureMs)}; ${Object.entries(
        cities[label]!.counts,
      )
        .map(([store, count]) => `${store} ${count.toLocaleString('en')}`)
        .join(', ')}`,
  ),
  ...Object.entries(verdicts).map(([label, texts]) => `audit check at ${label}: ${[...new Set(texts)].join(' / ') || 'no result'}`),
  ...notes,
  `Total ${seconds(totalMs)}; peak memory of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`,
];
console.log(`\n${table}\n\n${footer.join('\n')}`);
mkdirSync(resolve(root, 'out'), { recursive: true });
writeFileSync(resolve(root, 'out/bench-results.md'), `# Benchmark: the large city\n\n${table}\n\n${footer.map((line) => `- ${line}`).join('\n')}\n`);
writeFileSync(
  resolve(root, 'out/bench-results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), scales, runs, timeoutMs: limits.usefulMs, timings, cities, verdicts, notes: [...notes], totalMs, rows: results.json() }, null, 2)}\n`,
);
