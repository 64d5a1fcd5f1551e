/**
 * How the coverage matrix and the agreements register cope with a large city
 * (`npm run bench:matrix`): seeds 500 partners and 1,000 agreements into the web edition's
 * IndexedDB, then, in Debian's Chromium, for each page:
 *  - first rows: from the in-app navigation (or the reload, for "direct") until the page's
 *    first table row is visible on a painted frame (`main table tbody tr`);
 *  - settled: until no long task has run for a second;
 *  - long tasks (main thread busy > 50 ms) meanwhile: count and longest;
 *  - JS heap after garbage collection, DOM elements;
 *  - typing: a partner name typed into the matrix's name filter, key by key: the slowest key
 *    until its result is painted, and the longest long task while typing;
 *  - keyboard: the arrow keys moving the focus through the largest grid (40 partners or just
 *    under): the slowest key until painted, and the longest long task.
 *
 * Options: --partners=500 --agreements=1000
 * Builds the web edition first when out/web is missing. Prints one table; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { firstStart } from '../tests/e2e/pages/app';
import { launchBrowser } from '../tests/e2e/support/browser';
import { seedLargeCityAgreements } from '../tests/e2e/support/seed-agreements';
import { startWebEdition } from '../tests/e2e/support/server';

const root = resolve(import.meta.dirname, '..');
const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const partnerCount = Number(option('partners', '500'));
const agreementCount = Number(option('agreements', '1000'));

interface Row {
  page: string;
  firstRowsMs: number;
  settledMs: number;
  longTasks: number;
  longestMs: number;
  heapMb: number;
  domElements: number;
  tableRows: number;
}

type LongTask = { start: number; duration: number };

/** Collects long tasks from page load on; each measurement reads those after its start. */
const observeLongTasks = () => {
  const store = window as unknown as { __longTasks: LongTask[] };
  store.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const longTasksSince = (page: Page, since: number) =>
  page.evaluate(
    (since) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((task) => task.start >= since).map((task) => task.duration),
    since,
  );

/** Waits in the page until no long task has ended for a second; returns the end of the last one. */
async function settledAt(page: Page, since: number, notBefore: number): Promise<number> {
  return page.evaluate(
    async ({ since, notBefore }) => {
      const tasks = () => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((task) => task.start >= since);
      const lastEnd = () => Math.max(notBefore, ...tasks().map((task) => task.start + task.duration));
      while (performance.now() - lastEnd() < 1000) await new Promise((done) => setTimeout(done, 100));
      return lastEnd();
    },
    { since, notBefore },
  );
}

/** In the page: waits frame by frame until the first table row is visible; returns its time. */
const firstRowPainted = () =>
  (async () => {
    for (;;) {
      await new Promise((frame) => requestAnimationFrame(frame));
      if (document.querySelector('main table tbody tr')?.checkVisibility()) return performance.now();
    }
  })();

async function heapAndDom(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const dom = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    rows: document.querySelectorAll('main table tbody tr').length,
  }));
  return { heapMb: (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20, ...dom };
}

/** From a light page, in-app navigation to `hash` (as a click on a link does). */
async function inApp(context: BrowserContext, page: Page, baseUrl: string, label: string, hash: string): Promise<Row> {
  await page.goto(`${baseUrl}#/settings`);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(500);
  const started = await page.evaluate((hash) => {
    const started = performance.now();
    location.hash = hash;
    return started;
  }, hash);
  const painted = await page.evaluate(firstRowPainted);
  return finish(context, page, label, started, painted);
}

/**
 * In-app navigation to the matrix searched for a name. The name cannot come in the URL (it is
 * kept in memory only, see ui/useSearchText): it is typed once, then the app goes to Settings
 * and back without a reload, as a coordinator would.
 */
async function inAppSearched(context: BrowserContext, page: Page, baseUrl: string, label: string, name: string): Promise<Row> {
  await searchMatrix(page, baseUrl, name);
  await page.evaluate(() => (location.hash = '#/settings'));
  await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
  await page.waitForTimeout(500);
  const started = await page.evaluate(() => {
    const started = performance.now();
    location.hash = '#/agreements/matrix';
    return started;
  });
  const painted = await page.evaluate(firstRowPainted);
  return finish(context, page, label, started, painted);
}

/** The matrix, freshly loaded, with `name` typed into its name filter. */
async function searchMatrix(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}#/agreements/matrix`);
  await page.reload();
  await page.locator('main table tbody tr').first().waitFor();
  await page.getByRole('searchbox').fill(name);
  await page.getByRole('grid').waitFor();
}

/** A reload on the page itself: the app starts, opens the database and renders it. */
async function direct(context: BrowserContext, page: Page, baseUrl: string, label: string, hash: string): Promise<Row> {
  await page.goto(`${baseUrl}${hash}`);
  await page.reload();
  // The navigation's own clock starts at 0: time to first row is performance.now() there.
  const painted = await page.evaluate(firstRowPainted);
  return finish(context, page, label, 0, painted);
}

async function finish(context: BrowserContext, page: Page, label: string, started: number, painted: number): Promise<Row> {
  const settled = await settledAt(page, started, painted);
  const tasks = await longTasksSince(page, started);
  const { heapMb, elements, rows } = await heapAndDom(context, page);
  return {
    page: label,
    firstRowsMs: painted - started,
    settledMs: settled - started,
    longTasks: tasks.length,
    longestMs: Math.max(0, ...tasks),
    heapMb,
    domElements: elements,
    tableRows: rows,
  };
}

/** Types a name into the matrix's name filter key by key; the slowest key until painted, the longest task. */
async function typing(page: Page, baseUrl: string, text: string): Promise<{ slowestKeyMs: number; longestMs: number } | undefined> {
  await page.goto(`${baseUrl}#/agreements/matrix`);
  await page.reload();
  await page.locator('main table tbody tr').first().waitFor();
  const field = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
  if ((await field.count()) === 0) return undefined;
  await field.click();
  await page.waitForTimeout(500);
  const since = await page.evaluate(() => performance.now());
  let slowestKeyMs = 0;
  for (const key of text) {
    const started = await page.evaluate(() => performance.now());
    await page.keyboard.type(key);
    const painted = await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now())))));
    slowestKeyMs = Math.max(slowestKeyMs, painted - started);
  }
  await page.waitForTimeout(1000);
  return { slowestKeyMs, longestMs: Math.max(0, ...(await longTasksSince(page, since))) };
}

/**
 * A name filter that leaves as many partners in agreements in force as a grid shows (40) or
 * just under: the grid at its largest. Counted here from the seeded records, by the app's rules.
 */
function fullestGrid({ partners, agreements }: Awaited<ReturnType<typeof seedLargeCityAgreements>>, today: string): { query: string; count: number } {
  const inForce = new Set(
    agreements
      .filter(
        (agreement) =>
          ['active', 'under_review'].includes(agreement.status) && agreement.startDate <= today && (!agreement.endDate || agreement.endDate >= today),
      )
      .flatMap((agreement) => agreement.parties.map((party) => party.partnerId)),
  );
  const fold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const names = partners.filter((partner) => inForce.has(partner.id)).map((partner) => fold(partner.name));
  const candidates = [...'abcdefghijklmnopqrstuvwxyz', 'nord', 'sued', 'stadt', 'schule', 'verein', 'jugend', 'gemeinde', 'am', 'berg'];
  return candidates
    .map((query) => ({ query, count: names.filter((name) => name.includes(query)).length }))
    .filter(({ count }) => count <= 40)
    .reduce((best, next) => (next.count > best.count ? next : best));
}

/** Moves the focus through the grid with the arrow keys; the slowest key until painted, the longest task. */
async function arrowKeys(page: Page, baseUrl: string, name: string): Promise<{ slowestKeyMs: number; longestMs: number }> {
  await searchMatrix(page, baseUrl, name);
  await page.locator('main table [data-cell="0-0"]').focus();
  await page.waitForTimeout(500);
  const since = await page.evaluate(() => performance.now());
  let slowestKeyMs = 0;
  for (const key of [...Array<string>(12).fill('ArrowRight'), ...Array<string>(12).fill('ArrowDown'), 'Home', 'End', 'Control+Home']) {
    const started = await page.evaluate(() => performance.now());
    await page.keyboard.press(key);
    const painted = await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now())))));
    slowestKeyMs = Math.max(slowestKeyMs, painted - started);
  }
  await page.waitForTimeout(1000);
  return { slowestKeyMs, longestMs: Math.max(0, ...(await longTasksSince(page, since))) };
}

if (!existsSync(resolve(root, 'out/web/index.html'))) {
  console.log('building the web edition …');
  execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
}
const server = await startWebEdition();
const browser = await launchBrowser();
const rows: Row[] = [];
let typed: Awaited<ReturnType<typeof typing>>;
let arrows: Awaited<ReturnType<typeof arrowKeys>> | undefined;
try {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1366, height: 768 }, timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  page.setDefaultTimeout(5 * 60_000);
  // tsx (esbuild, keepNames) wraps named inner functions in __name(): give the page one.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(observeLongTasks);
  await page.goto(server.url);
  await firstStart(page, 'de', 'empty');
  const today = new Date().toISOString().slice(0, 10);
  const seeded = await seedLargeCityAgreements(page, { partners: partnerCount, agreements: agreementCount, today });
  const police = seeded.partners.filter((partner) => partner.sector === 'police').length;
  const fullest = fullestGrid(seeded, today);
  // Each step: its label, how it is measured, and its target (an address, or a name to search for).
  const steps: [string, (label: string, target: string) => Promise<Row>, string][] = [
    ['matrix', (label, hash) => inApp(context, page, server.url, label, hash), '#/agreements/matrix'],
    ['matrix, direct load', (label, hash) => direct(context, page, server.url, label, hash), '#/agreements/matrix'],
    [`matrix, police (of ${police} partners)`, (label, hash) => inApp(context, page, server.url, label, hash), '#/agreements/matrix?sector=police'],
    [`matrix, "${fullest.query}" (${fullest.count} partners)`, (label, name) => inAppSearched(context, page, server.url, label, name), fullest.query],
    ['register', (label, hash) => inApp(context, page, server.url, label, hash), '#/agreements'],
    ['register, direct load', (label, hash) => direct(context, page, server.url, label, hash), '#/agreements'],
    ['register, review overdue', (label, hash) => inApp(context, page, server.url, label, hash), '#/agreements?review=overdue'],
    // A matrix cell's link: parties are not indexed, so this one reads the records.
    [
      'register, one pair',
      (label, hash) => inApp(context, page, server.url, label, hash),
      `#/agreements?partner=${seeded.agreements[0]!.parties[0]!.partnerId}&with=${seeded.agreements[0]!.parties[1]!.partnerId}`,
    ],
  ];
  for (const [label, run, target] of steps) {
    console.log(`measuring ${label} …`);
    rows.push(await run(label, target));
  }
  console.log('measuring typing in the matrix …');
  typed = await typing(page, server.url, 'Polizeirevier');
  console.log('measuring the arrow keys in the largest grid …');
  arrows = await arrowKeys(page, server.url, fullest.query).catch(() => undefined);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
console.log(`\nCoverage matrix and register, ${partnerCount.toLocaleString('en')} partners, ${agreementCount.toLocaleString('en')} agreements`);
console.table(
  rows.map((row) => ({
    page: row.page,
    'first rows': ms(row.firstRowsMs),
    settled: ms(row.settledMs),
    'long tasks': row.longTasks,
    longest: ms(row.longestMs),
    'JS heap': `${row.heapMb.toFixed(1)} MB`,
    'DOM elements': row.domElements.toLocaleString('en'),
    'table rows': row.tableRows.toLocaleString('en'),
  })),
);
console.log(
  typed
    ? `typing "Polizeirevier" in the matrix's name filter: slowest key ${ms(typed.slowestKeyMs)}, longest task ${ms(typed.longestMs)}`
    : 'typing: the matrix has no name filter',
);
console.log(
  arrows
    ? `arrow keys in the largest grid: slowest key ${ms(arrows.slowestKeyMs)}, longest task ${ms(arrows.longestMs)}`
    : 'arrow keys: the matrix has no keyboard grid',
);
