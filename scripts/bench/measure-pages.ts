/**
 * Per page, on a fresh browser each time: the direct load (the page's URL opened cold) and
 * the in-app navigation (from where a user comes, click its link), each to the first useful
 * paint; during the navigation the long tasks, then JS heap after GC, DOM size, and the raw
 * IndexedDB read of what the page shows (the baseline).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { CityMeta } from './cache';
import { pages, usefulSpec, type PageSpec } from './pages';
import { domElementCount, installUsefulWatcher, longTasksBetween, navigateAndTime, rawReadTime, settle, type BenchState, type UsefulSpec } from './probes';
import { launchProfile } from './profile';

/** A measured value, or why there is none. */
export type Outcome = number | 'timeout' | 'error';

export interface Limits {
  /** How long a page may take to become useful before it counts as "timeout". */
  usefulMs: number;
}

export interface DirectSample {
  ms: Outcome;
  empty: boolean;
  longestTaskMs: Outcome;
}

export interface NavigationSample {
  ms: Outcome;
  empty: boolean;
  /** False when the link was not on the page it starts from and the hash route was set instead. */
  clicked: boolean;
  longTasks: Outcome;
  longestTaskMs: Outcome;
  heapMb: Outcome;
  domElements: Outcome;
  rawMs: Outcome;
}

export const url = (baseUrl: string, path: string) => `${baseUrl}#${path}`;

/** A fresh browser on the profile for one measurement; always closed again. */
export async function withBrowser<T>(dir: string, work: (context: BrowserContext, page: Page) => Promise<T>): Promise<T> {
  const context = await launchProfile(dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10 * 60_000);
    return await work(context, page);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Waits for the watcher installed at start-up to see the useful page; null on timeout. */
async function usefulAfterLoad(page: Page, limits: Limits): Promise<BenchState['useful'] | null> {
  try {
    await page.waitForFunction(() => (window as unknown as { __bench?: BenchState }).__bench?.useful !== undefined, null, {
      timeout: limits.usefulMs,
      polling: 50,
    });
  } catch {
    return null;
  }
  return page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.useful);
}

export async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Opens `path` cold and waits for `spec`: the start of in-app measurements. */
export async function openAndSettle(context: BrowserContext, page: Page, baseUrl: string, path: string, spec: UsefulSpec, limits: Limits): Promise<boolean> {
  await context.addInitScript(installUsefulWatcher, { spec, answer: null });
  await page.goto(url(baseUrl, path), { waitUntil: 'commit' });
  const useful = await usefulAfterLoad(page, limits);
  if (!useful) return false;
  await page.evaluate(settle, { since: useful.at, quietMs: 500, capMs: 15_000 });
  return true;
}

export async function measureDirect(dir: string, baseUrl: string, spec: PageSpec, marks: CityMeta['marks'], limits: Limits): Promise<DirectSample> {
  return withBrowser(dir, async (context, page) => {
    await context.addInitScript(installUsefulWatcher, { spec: usefulSpec(spec), answer: null });
    await page.goto(url(baseUrl, spec.path(marks)), { waitUntil: 'commit' });
    const useful = await usefulAfterLoad(page, limits);
    if (!useful) return { ms: 'timeout', empty: false, longestTaskMs: 'timeout' };
    const settled = await page.evaluate(settle, { since: useful.at, quietMs: 500, capMs: 15_000 });
    const tasks = await page.evaluate(longTasksBetween, { from: 0, to: settled });
    return { ms: useful.at, empty: useful.kind === 'empty', longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)) };
  });
}

/** The page a navigation starts from: the map's page with that path, else any heading. */
function startSpec(path: string): UsefulSpec {
  const known = pages.find((page) => page.path({ partnerId: '', typicalMeetingId: '', largeMeetingId: '', caseId: '', disclosureCaseId: '' }) === path);
  return known ? usefulSpec(known) : { heading: 'main h1', useful: 'main h1', empty: 'main h1' };
}

export async function measureNavigation(dir: string, baseUrl: string, spec: PageSpec, marks: CityMeta['marks'], limits: Limits): Promise<NavigationSample> {
  const none: NavigationSample = {
    ms: 'timeout',
    empty: false,
    clicked: false,
    longTasks: 'timeout',
    longestTaskMs: 'timeout',
    heapMb: 'timeout',
    domElements: 'timeout',
    rawMs: 'timeout',
  };
  return withBrowser(dir, async (context, page) => {
    if (!(await openAndSettle(context, page, baseUrl, spec.from, startSpec(spec.from), limits))) return { ...none, ms: 'error' as const };
    const link = spec.link(marks);
    // A list may still be filling in: give the link a moment to appear before falling back to the route.
    await page
      .locator(link)
      .first()
      .waitFor({ state: 'attached', timeout: 5000 })
      .catch(() => undefined);
    const navigation = await page.evaluate(navigateAndTime, { link, hash: `#${spec.path(marks)}`, spec: usefulSpec(spec), timeoutMs: limits.usefulMs });
    if (!navigation.result) return { ...none, clicked: navigation.clicked };
    const settled = await page.evaluate(settle, { since: navigation.result.at, quietMs: 500, capMs: 15_000 });
    const tasks = await page.evaluate(longTasksBetween, { from: navigation.started, to: settled });
    const heapMb = await heapAfterGc(context, page);
    const domElements = await page.evaluate(domElementCount);
    const raw = spec.raw ? (await page.evaluate(rawReadTime, spec.raw(marks))).ms : 'error';
    return {
      ms: navigation.result.at - navigation.started,
      empty: navigation.result.kind === 'empty',
      clicked: navigation.clicked,
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
      heapMb,
      domElements,
      rawMs: spec.raw ? raw : 'error',
    };
  });
}

/** Cold open of the overview until it is useful and a click (on the partners link) is answered. */
export async function measureInteractive(dir: string, baseUrl: string, limits: Limits): Promise<Outcome> {
  const overview = pages.find((page) => page.name === 'overview')!;
  return withBrowser(dir, async (context, page) => {
    await context.addInitScript(installUsefulWatcher, { spec: usefulSpec(overview), answer: 'nav a[href="#/partners"][aria-current="page"]' });
    await page.goto(url(baseUrl, '/'), { waitUntil: 'commit' });
    if (!(await usefulAfterLoad(page, limits))) return 'timeout';
    await page.locator('nav a[href="#/partners"]').click({ timeout: limits.usefulMs });
    try {
      await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.answered !== undefined, null, {
        timeout: limits.usefulMs,
        polling: 50,
      });
    } catch {
      return 'timeout';
    }
    return page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.answered!);
  });
}
