/**
 * How the referrals list copes with a large city (`npm run bench:referrals`): seeds 20,000
 * cases with about ten timeline entries each, 500 partners with their contacts and ~100,000
 * audit entries into the web edition's IndexedDB, and measures in Debian's Chromium:
 *  - first row: from the in-app navigation to the list until its first row is visible on a
 *    painted frame (the median of several visits, and the first, colder one);
 *  - direct load: reloading the list's address ends on the lock screen (the keys live only
 *    in memory); from the Unlock click to its first row, and the unlock alone;
 *  - long tasks (main thread busy > 50 ms) while navigating, and the longest one;
 *  - JS heap after garbage collection, and table rows in the DOM;
 *  - a filter change: choosing a concern until every row shown has it (and its long tasks);
 *  - next page and "only cases with a review due", where the list has them;
 *  - the case page: from clicking a case on the list until its timeline shows.
 *
 * Options: --referrals=20000 --events=10 --partners=500 --visits=5
 * Builds the web edition first when out/web is missing. Prints one table; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { firstStart } from '../tests/e2e/pages/app';
import { launchBrowser } from '../tests/e2e/support/browser';
import { seedLargeReferrals } from '../tests/e2e/support/seed-large-referrals';
import { startWebEdition } from '../tests/e2e/support/server';
import { reloadAndUnlock } from '../tests/e2e/support/session';
import { unlockAndTime } from './screens-support';

const root = resolve(import.meta.dirname, '..');
const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const referrals = Number(option('referrals', '20000'));
const eventsPerReferral = Number(option('events', '10'));
const partners = Number(option('partners', '500'));
const visits = Number(option('visits', '5'));

type LongTask = { start: number; duration: number };

/** Collects long tasks from page load on; the benchmark reads those after a mark. */
const observeLongTasks = () => {
  const store = window as unknown as { __longTasks: LongTask[] };
  store.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** Long tasks since `since` (page time), once the page has been quiet for `quietMs`. */
async function longTasksSince(page: Page, since: number, quietMs = 1000): Promise<number[]> {
  return page.evaluate(
    async ({ since, quietMs }) => {
      const tasks = () => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((task) => task.start >= since);
      const lastEnd = () => Math.max(since, ...tasks().map((task) => task.start + task.duration));
      while (performance.now() - lastEnd() < quietMs) await new Promise((done) => setTimeout(done, 100));
      return tasks().map((task) => task.duration);
    },
    { since, quietMs },
  );
}

/** What a timed step does in the page (the page's CSP allows no eval, so steps are data). */
type Act = { hash: string } | { select: string; value: string } | { click: string };
/** When it is done: checked on every painted frame. */
type Done =
  | { firstRow: true }
  | { rowsAllShow: string }
  | { notAllShow: string }
  | { firstRowIsNot: string }
  | { rowsAllDue: true }
  | { someRowIs: string }
  | { timeline: true };

/** Runs `act` in the page, then waits frame by frame until `done` holds; returns the start and the time taken. */
async function timeInPage(page: Page, act: Act, done: Done): Promise<{ started: number; ms: number }> {
  return page.evaluate(
    async ({ act, done }) => {
      const saved = window as unknown as Record<string, HTMLElement>;
      const rows = () => [...document.querySelectorAll<HTMLTableRowElement>('main table > tbody > tr')];
      const noMatches = () => document.querySelector('main')?.textContent?.includes('No case matches') === true;
      const allShow = (label: string) => (rows().length > 0 && rows().every((row) => row.cells[5]?.textContent?.includes(label))) || noMatches();
      const finished = (): boolean => {
        // A case's row: the page navigated from has a table too.
        if ('firstRow' in done) return document.querySelector('main table > tbody > tr .case-code')?.checkVisibility() === true;
        if ('rowsAllShow' in done) return Boolean(allShow(done.rowsAllShow));
        if ('notAllShow' in done) return !allShow(done.notAllShow);
        if ('firstRowIsNot' in done) return rows().length > 0 && rows()[0]!.textContent !== done.firstRowIsNot;
        if ('rowsAllDue' in done) return (rows().length > 0 && rows().every((row) => row.querySelector('.badge.missing'))) || noMatches();
        if ('someRowIs' in done) return rows().some((row) => row.cells[2]?.textContent === done.someRowIs);
        return document.querySelector('main .timeline')?.checkVisibility() === true;
      };
      const started = performance.now();
      if ('hash' in act) location.hash = act.hash;
      else if ('select' in act) {
        const select = saved[act.select] as HTMLSelectElement;
        select.value = act.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else saved[act.click]!.click();
      // A step that never finishes is reported as such (NaN) after three minutes.
      while (performance.now() - started < 180_000) {
        await new Promise((frame) => requestAnimationFrame(frame));
        if (finished()) return { started, ms: performance.now() - started };
      }
      return { started, ms: NaN };
    },
    { act, done },
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

if (!existsSync(resolve(root, 'out/web/index.html'))) {
  console.log('building the web edition …');
  execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
}
const server = await startWebEdition();
const browser = await launchBrowser();
const results: Record<string, string> = {};
try {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 }, timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  page.setDefaultTimeout(15 * 60_000);
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(observeLongTasks);
  await page.goto(server.url);
  await firstStart(page, 'en', 'example');
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  console.log(`seeding ${referrals.toLocaleString('en')} cases …`);
  const seedStarted = Date.now();
  const seeded = await seedLargeReferrals(page, { referrals, eventsPerReferral, partners, today });
  console.log(
    `seeded in ${Math.round((Date.now() - seedStarted) / 1000)} s: ${seeded.referrals.toLocaleString('en')} cases, ${seeded.events.toLocaleString('en')} timeline entries, ` +
      `${seeded.audit.toLocaleString('en')} audit entries, ${seeded.partners} partners, ${seeded.reviewsDue.toLocaleString('en')} cases with a review due`,
  );

  const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
  const fromPartners = async () => {
    await page.goto(`${server.url}#/partners`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(500);
  };

  // Direct load: the list's address, reloaded, which ends on the lock screen; from the Unlock click.
  await page.goto(`${server.url}#/referrals`);
  await page.reload();
  const direct = await unlockAndTime(page, 'en', 'main table > tbody > tr .case-code');
  results['direct load: Unlock click to first row'] = ms(direct.shownAt - direct.clickedAt);
  results['  of that, the unlock (until the app shows)'] = ms(direct.unlockedAt - direct.clickedAt);

  // In-app navigation, several times: the first visit after a reload is the coldest.
  await reloadAndUnlock(page);
  await fromPartners();
  const times: number[] = [];
  let longest = 0;
  let longCount = 0;
  for (let visit = 0; visit < visits; visit += 1) {
    if (visit > 0) {
      await page.evaluate(() => (location.hash = '#/partners'));
      await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
      await page.waitForTimeout(500);
    }
    const { started, ms: took } = await timeInPage(page, { hash: '#/referrals' }, { firstRow: true });
    times.push(took);
    const tasks = await longTasksSince(page, started);
    longest = Math.max(longest, ...tasks);
    longCount += tasks.length;
  }
  results['in-app navigation, first row (first visit)'] = ms(times[0]!);
  results[`in-app navigation, first row (median of ${visits})`] = ms(median(times));
  results['long tasks while navigating (all visits)'] = `${longCount}, longest ${ms(longest)}`;

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  results['JS heap after GC'] = `${((metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20).toFixed(1)} MB`;
  results['rows in the DOM'] = String(await page.locator('main table > tbody > tr').count());

  // Filters are chosen as a user does, through the select's change event.
  const remember = async (name: string, label: string) => {
    const element = await page.getByLabel(label, { exact: true }).elementHandle();
    await page.evaluate(({ element, name }) => ((window as unknown as Record<string, Element>)[name] = element!), { element, name });
  };
  await remember('__concern', 'Concern');
  await remember('__status', 'Status');
  await remember('__due', 'Only cases with a review due');
  const step = async (name: string, act: Act, done: Done) => {
    const { started, ms: took } = await timeInPage(page, act, done);
    const tasks = await longTasksSince(page, started);
    results[name] = `${ms(took)} (long tasks ${tasks.length}, longest ${ms(Math.max(0, ...tasks))})`;
  };
  // A concern chosen: until every row shown names it (or nothing matches).
  await step('open cases: concern → Islamist', { select: '__concern', value: 'islamist' }, { rowsAllShow: 'Islamist extremism' });
  await step('open cases: concern → Drugs', { select: '__concern', value: 'drugs' }, { rowsAllShow: 'Drugs' });
  await step('open cases: concern → all', { select: '__concern', value: 'all' }, { notAllShow: 'Drugs' });
  await step('status → all statuses', { select: '__status', value: 'all' }, { someRowIs: 'Closed' });

  // Next page, where there is a pager.
  const next = page.getByRole('navigation', { name: /pages/i }).first().getByRole('button', { name: /Next/ });
  if ((await next.count()) > 0) {
    const before = await page.locator('main table > tbody > tr').first().textContent();
    await next.evaluate((button) => ((window as unknown as { __next: Element }).__next = button));
    await step('all statuses: next page', { click: '__next' }, { firstRowIsNot: before ?? '' });
  } else results['all statuses: next page'] = 'no pager';

  await step('all statuses: concern → Islamist', { select: '__concern', value: 'islamist' }, { rowsAllShow: 'Islamist extremism' });
  await step('all statuses: concern → Drugs', { select: '__concern', value: 'drugs' }, { rowsAllShow: 'Drugs' });
  await step('all statuses: concern → all', { select: '__concern', value: 'all' }, { notAllShow: 'Drugs' });
  await step('all statuses: only reviews due', { click: '__due' }, { rowsAllDue: true });

  // The case page, opened from the list.
  const link = page.locator('main table > tbody > tr a').first();
  await link.evaluate((anchor) => ((window as unknown as { __case: Element }).__case = anchor));
  await step('case page: timeline shown', { click: '__case' }, { timeline: true });
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await cdp.send('Performance.getMetrics');
  results['JS heap on the case page'] = `${((after.metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20).toFixed(1)} MB`;
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nReferrals list, ${referrals.toLocaleString('en')} cases, ~${eventsPerReferral} timeline entries each, ${partners} partners`);
console.table(results);
