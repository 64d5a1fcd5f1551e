/**
 * `npm run bench`: the large-city benchmark. Per scale (1%, 10%, 100% of a city with 500
 * partners, 5,000 meetings, 60,000 agenda items, 50,000 actions, 20,000 cases over ten
 * years): generate the city (deterministic, validated, cached in out/bench-cache/), seal it
 * as the app stores it encrypted at rest (a keyring for the bench passphrase with the app's
 * default Argon2id cost; cached too), load it into the web edition's IndexedDB in a Chromium
 * profile, then measure every main page, each run on a fresh browser that starts on the lock
 * screen (direct load: to the lock screen ready, and from Unlock to the page useful; in-app
 * navigation, long tasks, heap, DOM, raw-read baseline), search per keystroke, the audit
 * check, the exports and the unlock itself; then the codec's cost per record kind in the
 * same Chromium and the rows each page opens. Prints ONE table of medians and the codec's
 * table; writes out/bench-results.md and out/bench-results.json. Asserts nothing.
 *
 * Options: --scales=0.01,0.1,1  --runs=3  --only=<names> (pages from pages.ts, and "search",
 * "audit", "exports", "unlock", "decoding", "codec"), --timeout=60 (seconds a page may take
 * to be useful). Builds the web edition when out/web is missing. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { startWebEdition } from '../../tests/e2e/support/server';
import { cityFor, generatorHash, root, sealingHash, type CityMeta } from './cache';
import { measureCodec } from './codec-bench';
import type { CodecCost } from './codec-page';
import { codecTable } from './codec-table';
import { measureScale } from './measure-scale';
import { limits, runs, scales, wanted } from './options';
import { pages } from './pages';
import { loadedProfile } from './profile';
import { Results } from './report';
import { sealedCityFor } from './sealed-city';

/** The web edition is served on its own port: a profile's database belongs to one origin. */
const BENCH_PORT = 4188;

const log = (text: string) => console.error(text);
const started = performance.now();
if (!existsSync(resolve(root, 'out/web/index.html'))) {
  log('building the web edition …');
  execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

const results = new Results();
const timings: Record<string, { generationMs: number; sealingMs: number; loadMs: number; measureMs: number; loadAverage: number[] }> = {};
const cities: Record<string, CityMeta> = {};
const codecs: Record<string, CodecCost[]> = {};
const verdicts: Record<string, string[]> = {};
const notes = new Set<string>();
const hash = generatorHash();
const sealedHash = sealingHash(hash);
const server = await startWebEdition({ port: BENCH_PORT, strictPort: true });
try {
  for (const scale of scales) {
    const label = `${+(scale * 100).toFixed(2)}%`;
    log(`\n== scale ${label} ==`);
    const city = await cityFor(scale, hash);
    cities[label] = city.meta;
    log(`city: ${city.generationMs ? `generated in ${(city.generationMs / 1000).toFixed(1)} s` : 'from the cache'}; ${JSON.stringify(city.meta.counts)}`);
    const sealed = await sealedCityFor(city, sealedHash);
    log(`sealed: ${sealed.sealingMs ? `in ${(sealed.sealingMs / 1000).toFixed(1)} s` : 'from the cache'}`);
    const profile = await loadedProfile(sealed, server.url);
    log(`profile: ${profile.loadMs ? `loaded in ${(profile.loadMs / 1000).toFixed(1)} s` : 'loaded before'}`);
    const measuring = performance.now();
    const needsCodec = wanted('codec') || wanted('decoding') || pages.some((page) => wanted(page.name));
    const codec = needsCodec ? await measureCodec(city.file) : null;
    if (codec) codecs[label] = codec;
    await measureScale(
      {
        dir: profile.dir,
        baseUrl: server.url,
        scale,
        label,
        marks: city.meta.marks,
        runs,
        limits,
        wanted,
        results,
        notes,
        verdicts: (verdicts[label] = []),
        log,
      },
      codec,
    );
    timings[label] = {
      generationMs: city.generationMs,
      sealingMs: sealed.sealingMs,
      loadMs: profile.loadMs,
      measureMs: performance.now() - measuring,
      loadAverage: loadavg(),
    };
  }
} finally {
  await server.close();
}

const table = results.markdown(scales);
const lastCodec = Object.entries(codecs).at(-1);
const codecText = lastCodec
  ? `Encryption's own cost in the same Chromium, per record kind (the city at ${lastCodec[0]}, fastest of 5 rounds):\n\n${codecTable(lastCodec[1])}`
  : '';
const totalMs = performance.now() - started;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cached = (ms: number) => (ms ? seconds(ms) : 'cached');
const footer = [
  `Medians of ${runs} run(s), each on a fresh headless Chromium (${'1366×768'}, en-GB, Europe/Berlin) on a loaded profile, unlocked on its lock screen. “timeout”: not useful within ${limits.usefulMs / 1000} s.`,
  ...Object.entries(timings).map(
    ([label, time]) =>
      `${label}: generation ${cached(time.generationMs)}, sealing ${cached(time.sealingMs)}, loading ${cached(time.loadMs)}, measuring ${seconds(time.measureMs)} (load average after: ${time.loadAverage.map((load) => load.toFixed(1)).join(', ')}); ${Object.entries(
        cities[label]!.counts,
      )
        .map(([store, count]) => `${store} ${count.toLocaleString('en')}`)
        .join(', ')}`,
  ),
  ...Object.entries(verdicts)
    .filter(([, texts]) => texts.length > 0)
    .map(([label, texts]) => `audit check at ${label}: ${[...new Set(texts)].join(' / ') || 'no result'}`),
  ...notes,
  `Total ${seconds(totalMs)}; peak memory of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`,
];
console.log(`\n${table}\n\n${codecText}\n\n${footer.join('\n')}`);
mkdirSync(resolve(root, 'out'), { recursive: true });
writeFileSync(
  resolve(root, 'out/bench-results.md'),
  `# Benchmark: the large city\n\n${table}\n\n${codecText}\n\n${footer.map((line) => `- ${line}`).join('\n')}\n`,
);
writeFileSync(
  resolve(root, 'out/bench-results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), scales, runs, timeoutMs: limits.usefulMs, timings, cities, codecs, verdicts, notes: [...notes], totalMs, rows: results.json() }, null, 2)}\n`,
);
