/**
 * How the meeting page copes with a large meeting (`npm run bench:meeting`): seeds meetings
 * with 100, 1,000 and 10,000 agenda items into the web edition's IndexedDB, opens each in
 * Debian's Chromium and measures, per size:
 *  - first item: from the in-app navigation to the meeting until its first agenda item is
 *    visible on a painted frame;
 *  - settled: until no long task has run for a second (the page answers input again);
 *  - long tasks (main thread busy > 50 ms) while opening: count, longest, total;
 *  - JS heap after garbage collection, DOM elements, agenda cards in the DOM;
 *  - save: from pressing Save on an item's edited minutes until the new text shows.
 * The database also holds "large city" background data (by default 5,000 other meetings
 * with 50,000 actions), so a page that reads every meeting or action pays for it.
 *
 * Options: --sizes=100,1000,10000  --background=5000 (meetings; 10 actions each)  --attendees=24
 * Builds the web edition first when out/web is missing. Prints one table; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstStart } from '../tests/e2e/pages/app';
import { launchBrowser } from '../tests/e2e/support/browser';
import { seedLargeMeeting } from '../tests/e2e/support/seed-large-meeting';
import { startWebEdition } from '../tests/e2e/support/server';
import { reloadAndUnlock } from '../tests/e2e/support/session';

const root = resolve(import.meta.dirname, '..');
const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = option('sizes', '100,1000,10000').split(',').map(Number);
const background = Number(option('background', '5000'));
const attendees = Number(option('attendees', '24'));

interface Row {
  items: number;
  firstItemMs: number;
  settledMs: number;
  longTasks: number;
  longestMs: number;
  longTotalMs: number;
  heapMb: number;
  domElements: number;
  cards: number;
  saveMs: number;
}

/** Collects long tasks from page load on; the benchmark reads those after a mark. */
const observeLongTasks = () => {
  const store = window as unknown as { __longTasks: { start: number; duration: number }[] };
  store.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * Waits in the page until no long task has ended for `quietMs`; returns the end of the last
 * one (or `notBefore`, when the page was already quiet then).
 */
async function settledAt(page: Page, since: number, notBefore: number, quietMs = 1000): Promise<number> {
  return page.evaluate(
    async ({ since, notBefore, quietMs }) => {
      const tasks = () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((task) => task.start >= since);
      const lastEnd = () => Math.max(notBefore, ...tasks().map((task) => task.start + task.duration));
      while (performance.now() - lastEnd() < quietMs) await new Promise((done) => setTimeout(done, 100));
      return lastEnd();
    },
    { since, notBefore, quietMs },
  );
}

/** When the navigation to the meeting started: a crash is reported as "after so long". */
const progress = { navigatedAt: 0 };

async function measure(browser: Browser, baseUrl: string, items: number): Promise<Row> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 860 }, timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  page.setDefaultTimeout(15 * 60_000);
  // tsx (esbuild, keepNames) wraps named inner functions in __name(): give the page one.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(observeLongTasks);
  await page.goto(baseUrl);
  await firstStart(page, 'en', 'example');
  const seeded = await seedLargeMeeting(page, { items, backgroundMeetings: background, attendees });
  // Start from a light page, so only the meeting page's own work is measured. The reload
  // (the seeded rows show after one) locks the app: unlocking is done before the clock starts.
  await page.goto(`${baseUrl}#/partners`);
  await reloadAndUnlock(page);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(500);

  progress.navigatedAt = Date.now();
  const { started, firstItemMs } = await page.evaluate(async (meetingId) => {
    const started = performance.now();
    location.hash = `#/meetings/${meetingId}`;
    for (;;) {
      await new Promise((frame) => requestAnimationFrame(frame));
      const card = document.querySelector('.agenda-item');
      if (card?.checkVisibility()) return { started, firstItemMs: performance.now() - started };
    }
  }, seeded.meetingId);
  const settled = await settledAt(page, started, started + firstItemMs);
  const opening = await page.evaluate(
    (since) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((task) => task.start >= since)
        .map((task) => task.duration),
    started,
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  const dom = await page.evaluate(() => ({ elements: document.getElementsByTagName('*').length, cards: document.querySelectorAll('.agenda-item').length }));

  // Edit the minutes of the first regular item on screen and save; timed in the page, from
  // the click until the card shows the new text on a painted frame.
  const card = page.locator('.agenda-item').nth(1);
  await card.getByRole('button', { name: /^Edit “/ }).click();
  const marker = `Edited for the benchmark ${Date.now()}`;
  await page.locator('.agenda-editor').getByLabel('Minutes', { exact: true }).fill(marker);
  const saveMs = await page.evaluate(async (marker) => {
    const save = [...document.querySelectorAll<HTMLButtonElement>('.agenda-editor button')].find((button) => button.textContent?.trim() === 'Save');
    const started = performance.now();
    save!.click();
    for (;;) {
      await new Promise((frame) => requestAnimationFrame(frame));
      if (document.querySelectorAll('.agenda-item')[1]?.querySelector('.markdown')?.textContent === marker) return performance.now() - started;
    }
  }, marker);

  await context.close();
  return {
    items,
    firstItemMs,
    settledMs: settled - started,
    longTasks: opening.length,
    longestMs: Math.max(0, ...opening),
    longTotalMs: opening.reduce((sum, duration) => sum + duration, 0),
    heapMb: heap / 2 ** 20,
    domElements: dom.elements,
    cards: dom.cards,
    saveMs,
  };
}

if (!existsSync(resolve(root, 'out/web/index.html'))) {
  console.log('building the web edition …');
  execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
}
const server = await startWebEdition();
const browser = await launchBrowser();
const rows: Row[] = [];
const failures: string[] = [];
try {
  for (const items of sizes) {
    console.log(`measuring ${items.toLocaleString('en')} agenda items …`);
    progress.navigatedAt = 0;
    try {
      rows.push(await measure(browser, server.url, items));
    } catch (error) {
      // A page that freezes long enough may crash its tab (out of memory): that is a result too.
      const after = progress.navigatedAt ? ` ${Math.round((Date.now() - progress.navigatedAt) / 1000)} s after opening the meeting` : '';
      failures.push(`${items.toLocaleString('en')} agenda items: failed${after}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const table = rows.map((row) => ({
  'agenda items': row.items.toLocaleString('en'),
  'first item': ms(row.firstItemMs),
  settled: ms(row.settledMs),
  'long tasks': row.longTasks,
  longest: ms(row.longestMs),
  'long total': ms(row.longTotalMs),
  'JS heap': `${row.heapMb.toFixed(1)} MB`,
  'DOM elements': row.domElements.toLocaleString('en'),
  'cards in DOM': row.cards.toLocaleString('en'),
  'save item': ms(row.saveMs),
}));
console.log(
  `\nMeeting page, ${attendees.toLocaleString('en')} attendees; background ${background.toLocaleString('en')} other meetings with ${(background * 10).toLocaleString('en')} actions`,
);
console.table(table);
for (const failure of failures) console.log(failure);
