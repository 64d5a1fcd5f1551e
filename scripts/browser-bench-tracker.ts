/**
 * How the action tracker copes with a large city (`npm run bench:tracker`): seeds 500
 * partners with 3,000 contacts, 5,000 meetings and 50,000 actions into the web edition's
 * IndexedDB, opens the tracker in Debian's Chromium by in-app navigation and measures:
 *  - first row: from the navigation until the first `main table tbody tr` is visible on a
 *    painted frame (first useful paint);
 *  - settled: until no long task has run for a second; long tasks (> 50 ms) while opening;
 *  - JS heap after garbage collection, DOM elements, table rows in the DOM;
 *  - filter change: from choosing status "Done" until the rows shown are done ones;
 *  - next page: from pressing "Next" until another first row shows (only with a pager);
 *  - sort by owner: from choosing it until page 1 of that order shows.
 * Each measurement runs `--runs` times (fresh tab on the same database); the median is shown.
 *
 * Options: --partners=500 --contacts=6 (per partner) --meetings=5000 --actions=10 (per
 * meeting) --runs=3 --limit=180 (seconds a wait may take before it gives up) --filter=0 (opening only). Builds the web edition first when out/web is missing. Prints one
 * table; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { firstStart } from '../tests/e2e/pages/app';
import { launchBrowser } from '../tests/e2e/support/browser';
import { seedCityActions } from '../tests/e2e/support/seed-city-actions';
import { startWebEdition } from '../tests/e2e/support/server';
import { gotoAndUnlock } from '../tests/e2e/support/session';

const root = resolve(import.meta.dirname, '..');
const option = (name: string, fallback: string) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const partners = option('partners', '500');
const contactsPerPartner = option('contacts', '6');
const meetings = option('meetings', '5000');
const actionsPerMeeting = option('actions', '10');
const runs = option('runs', '3');
/** A wait in the page gives up after this long (the old tracker could take minutes): shown as "> limit". */
const limitMs = option('limit', '180') * 1000;
/** --filter=0 measures the opening only (the old tracker could not finish a filter change). */
const withFilter = option('filter', '1') !== 0;

interface Run {
  firstRowMs: number;
  settledMs: number;
  longTasks: number;
  longestMs: number;
  heapMb: number;
  domElements: number;
  rows: number;
  filterMs: number;
  filterLongestMs: number;
  nextPageMs: number | null;
  ownerSortMs: number | null;
}

type LongTask = { start: number; duration: number };

/** Collects long tasks from page load on; the benchmark reads those after a mark. */
const observeLongTasks = () => {
  const store = window as unknown as { __longTasks: LongTask[] };
  store.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const longTasksSince = (page: Page, since: number) =>
  page.evaluate((since) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((task) => task.start >= since), since);

/** Waits in the page until no long task has ended for `quietMs`; returns the end of the last one. */
async function settledAt(page: Page, since: number, notBefore: number, quietMs = 1000): Promise<number> {
  return page.evaluate(
    async ({ since, notBefore, quietMs }) => {
      const tasks = () => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((task) => task.start >= since);
      const lastEnd = () => Math.max(notBefore, ...tasks().map((task) => task.start + task.duration));
      while (performance.now() - lastEnd() < quietMs) await new Promise((done) => setTimeout(done, 100));
      return lastEnd();
    },
    { since, notBefore, quietMs },
  );
}

async function seededContext(browser: Awaited<ReturnType<typeof launchBrowser>>, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 }, timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  page.setDefaultTimeout(10 * 60_000);
  await page.goto(baseUrl);
  await firstStart(page, 'en', 'empty');
  await page.locator('main').waitFor();
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  const seeded = await seedCityActions(page, { partners, contactsPerPartner, meetings, actionsPerMeeting, today });
  console.log(`seeded ${seeded.partnerIds.length} partners, ${seeded.meetingIds.length} meetings, ${seeded.actions} actions`);
  await page.close();
  return context;
}

/** Says what it is doing, so a slow page shows where the time goes. */
const step = (what: string) => console.log(`  ${new Date().toISOString().slice(11, 19)} ${what}`);

async function measure(context: BrowserContext, baseUrl: string): Promise<Run> {
  const page = await context.newPage();
  page.setDefaultTimeout(10 * 60_000);
  // tsx (esbuild, keepNames) wraps named inner functions in __name(): give the page one.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(observeLongTasks);
  // Start from a light page, so only the tracker's own work is measured. A new tab meets the
  // lock screen (the keys live only in memory): it is unlocked before the clock starts.
  await gotoAndUnlock(page, `${baseUrl}#/settings`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(1500);

  step('opening the tracker');
  const { started, firstRowMs } = await page.evaluate(async () => {
    const started = performance.now();
    location.hash = '#/actions';
    for (;;) {
      await new Promise((frame) => requestAnimationFrame(frame));
      const row = document.querySelector('main table tbody tr');
      if (row?.checkVisibility()) return { started, firstRowMs: performance.now() - started };
    }
  });
  step(`first row after ${Math.round(firstRowMs)} ms; waiting until settled`);
  const settled = await settledAt(page, started, started + firstRowMs);
  const opening = (await longTasksSince(page, started)).map((task) => task.duration);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  const dom = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    rows: document.querySelectorAll('main table tbody tr').length,
  }));
  const longest = Math.max(0, ...opening);
  step(`opened: heap ${(heap / 2 ** 20).toFixed(1)} MB, ${dom.elements} DOM elements, ${opening.length} long tasks, longest ${Math.round(longest)} ms`);
  const opened = {
    firstRowMs,
    settledMs: settled - started,
    longTasks: opening.length,
    longestMs: longest,
    heapMb: heap / 2 ** 20,
    domElements: dom.elements,
    rows: dom.rows,
  };
  if (!withFilter) {
    await page.close();
    return { ...opened, filterMs: NaN, filterLongestMs: NaN, nextPageMs: null, ownerSortMs: null };
  }

  step('changing the status filter');
  // Status "Done": chosen in the page (as a user's change event), timed until every row shown is done.
  const filter = await page.evaluate(async (limitMs) => {
    const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim().startsWith('Status'));
    const select = (label?.htmlFor ? document.getElementById(label.htmlFor) : label?.querySelector('select')) as HTMLSelectElement | null;
    if (!select) throw new Error('no status filter');
    const started = performance.now();
    select.value = 'done';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    for (;;) {
      await new Promise((frame) => requestAnimationFrame(frame));
      const statuses = [...document.querySelectorAll<HTMLSelectElement>('main table tbody tr select')].map((row) => row.value);
      if (statuses.length > 0 && statuses.every((status) => status === 'done')) return { started, ms: performance.now() - started };
      if (performance.now() - started > limitMs) return { started, ms: Infinity };
    }
  }, limitMs);
  step(`filter shown after ${Math.round(filter.ms)} ms; waiting until settled`);
  const timedOut = filter.ms === Infinity;
  if (!timedOut) await settledAt(page, filter.started, filter.started + filter.ms);
  const filterLongest = Math.max(0, ...(await longTasksSince(page, filter.started)).map((task) => task.duration));

  step('next page');
  const nextPageMs = timedOut
    ? null
    : await page.evaluate(async () => {
        const next = [...document.querySelectorAll<HTMLButtonElement>('.pager button')].find((button) => button.textContent?.includes('Next'));
        if (!next) return null;
        const first = document.querySelector('main table tbody tr')?.textContent;
        const started = performance.now();
        next.click();
        for (;;) {
          await new Promise((frame) => requestAnimationFrame(frame));
          const now = document.querySelector('main table tbody tr');
          if (now && now.textContent !== first && now.checkVisibility()) return performance.now() - started;
        }
      });
  // The heaviest order: by owner name, which reads every owner's keys (still status "Done").
  step('sort by owner');
  const ownerSortMs =
    timedOut || nextPageMs === null
      ? null
      : await page.evaluate(async () => {
          const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim().startsWith('Sort'));
          const select = document.getElementById(label!.htmlFor) as HTMLSelectElement;
          const summary = () => document.querySelector('main .pager-summary')?.textContent;
          const [before, first] = [summary(), document.querySelector('main table tbody tr')?.textContent];
          const started = performance.now();
          select.value = 'owner';
          select.dispatchEvent(new Event('change', { bubbles: true }));
          for (;;) {
            await new Promise((frame) => requestAnimationFrame(frame));
            // Page 1 again, other rows first.
            const now = document.querySelector('main table tbody tr');
            if (summary() !== before && now && now.textContent !== first) return performance.now() - started;
          }
        });
  await page.close();
  return {
    ...opened,
    filterMs: filter.ms,
    filterLongestMs: filterLongest,
    nextPageMs,
    ownerSortMs,
  };
}

if (!existsSync(resolve(root, 'out/web/index.html'))) {
  console.log('building the web edition …');
  execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
}
const server = await startWebEdition();
const browser = await launchBrowser();
const results: Run[] = [];
try {
  const context = await seededContext(browser, server.url);
  for (let run = 1; run <= runs; run += 1) {
    console.log(`run ${run} of ${runs} …`);
    results.push(await measure(context, server.url));
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const median = (pick: (run: Run) => number | null): number | null => {
  const values = results
    .map(pick)
    .filter((value): value is number => value !== null)
    .sort((a, b) => a - b);
  return values.length === 0 ? null : values[Math.floor(values.length / 2)]!;
};
const ms = (value: number | null) =>
  value === null || Number.isNaN(value)
    ? '–'
    : value === Infinity
      ? `> ${(limitMs / 1000).toLocaleString('en')} s (gave up)`
      : `${Math.round(value).toLocaleString('en')} ms`;
console.log(
  `\nAction tracker: ${partners} partners, ${(partners * contactsPerPartner).toLocaleString('en')} contacts, ${meetings.toLocaleString('en')} meetings, ` +
    `${(meetings * actionsPerMeeting).toLocaleString('en')} actions; median of ${results.length} runs`,
);
console.table({
  'first row (in-app navigation)': ms(median((run) => run.firstRowMs)),
  settled: ms(median((run) => run.settledMs)),
  'long tasks while opening': median((run) => run.longTasks),
  'longest long task': ms(median((run) => run.longestMs)),
  'JS heap after GC': `${median((run) => run.heapMb)!.toFixed(1)} MB`,
  'DOM elements': median((run) => run.domElements)!.toLocaleString('en'),
  'table rows': median((run) => run.rows)!.toLocaleString('en'),
  'filter change (status: done)': ms(median((run) => run.filterMs)),
  'longest task after filter change': ms(median((run) => run.filterLongestMs)),
  'next page': ms(median((run) => run.nextPageMs)),
  'sort by owner (status: done)': ms(median((run) => run.ownerSortMs)),
});
