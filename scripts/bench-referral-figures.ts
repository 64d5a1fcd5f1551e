/**
 * How long the figures page's case section takes to read its records at the bench city's
 * size (`npx tsx scripts/bench-referral-figures.ts`): the city of `npm run bench` (20,000 cases over ten
 * years with their timelines, 500 partners at 100%), its partners, cases and timelines sealed
 * with the app's codec into real IndexedDB in Debian's Chromium; then the case figures' read
 * (storage/repositories/referral-figures.ts: cases of the period by the receivedOn index,
 * their timelines by referralId, reviews due by dueDate, partners by id) and the computation
 * (domain/referral-figures.ts), for the city's last full year, a quarter, and all ten years.
 * The first read after opening the database, then the median of the rest.
 *
 * Options: --scale=1  --runs=5  --whole=0 (leaves out the ten years, the slowest). Prints numbers; asserts nothing. Not part of `npm test`.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { chromiumArgs, CHROMIUM } from '../tests/e2e/support/browser';
import type { FiguresPeriod } from '../renderer/src/domain/figures-period';
import { cityChunks, cityFor, generatorHash, root } from './bench/cache';
import type { FiguresRun } from './bench/referral-figures-page';

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const scale = option('scale', 1);
const runs = option('runs', 5);
const whole = option('whole', 1) !== 0;
const wanted = new Set(['partners', 'referrals', 'referralEvents']);

async function pageScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(root, 'scripts/bench/referral-figures-page.ts'), formats: ['iife'], name: 'benchFiguresBundle', fileName: 'referral-figures-page' },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((result) => result.output).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the figures page script was not built');
  return chunk.code;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

const city = await cityFor(scale, generatorHash());
console.error(`city at ${scale * 100}%: ${city.generationMs ? `generated in ${(city.generationMs / 1000).toFixed(0)} s` : 'from the cache'}`);
const script = await pageScript();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
try {
  const context = await browser.newContext({ timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  page.setDefaultTimeout(30 * 60_000);
  // IndexedDB needs an origin: a blank page of a local address that serves nothing.
  await page.route('http://figures.bench/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>figures bench</title>' }));
  await page.goto('http://figures.bench/');
  await page.addScriptTag({ content: script });
  const loading = performance.now();
  const loaded: Record<string, number> = {};
  for await (const line of cityChunks(city.file)) {
    const store = /^\{"store":"([^"]+)"/.exec(line)?.[1];
    if (!store || !wanted.has(store)) continue;
    loaded[store] =
      (loaded[store] ?? 0) +
      (await page.evaluate((text) => (globalThis as unknown as { figuresBench: { load(t: string): Promise<number> } }).figuresBench.load(text), line));
  }
  console.error(`loaded ${JSON.stringify(loaded)} in ${((performance.now() - loading) / 1000).toFixed(0)} s`);

  const year = Number(city.meta.today.slice(0, 4)) - 1;
  const periods: [string, FiguresPeriod][] = [
    [`last full year (${year})`, { start: `${year}-01-01`, end: `${year}-12-31` }],
    [`one quarter (${year}-Q4)`, { start: `${year}-10-01`, end: `${year}-12-31` }],
    ...(whole ? [['all ten years', { start: `${year - 9}-01-01`, end: city.meta.today }] as [string, FiguresPeriod]] : []),
  ];
  console.log(
    `Case figures at ${scale * 100}% of the bench city (${loaded['referrals']} cases, ${loaded['referralEvents']} timeline entries, ${loaded['partners']} partners), sealed, Chromium, ${runs} runs:`,
  );
  console.log('| period | cases | timeline entries | reviews due | partners | first read | read (median) | computation (median) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [label, period] of periods) {
    const run = await page.evaluate(
      ({ period, today, runs }) =>
        (globalThis as unknown as { figuresBench: { measure(p: FiguresPeriod, t: string, r: number): Promise<FiguresRun> } }).figuresBench.measure(
          period,
          today,
          runs,
        ),
      { period, today: city.meta.today, runs },
    );
    console.log(
      `| ${label} | ${run.cases} | ${run.timelineEntries} | ${run.reviewsDue} | ${run.partners} | ${ms(run.readMs[0]!)} | ${ms(median(run.readMs.slice(1)))} | ${ms(median(run.computeMs))} |`,
    );
  }
} finally {
  await browser.close();
}
