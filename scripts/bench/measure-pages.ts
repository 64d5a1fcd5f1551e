/**
 * Per page, on a fresh browser each time: the direct load (the page's URL opened cold: the
 * lock screen, then unlocked to the page) and the in-app navigation (from where a user
 * comes, click its link), each to the first useful paint; during the navigation the long
 * tasks, then JS heap after GC, DOM size, and the raw IndexedDB read of what the page shows
 * (the baseline).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { CityMeta } from './cache';
import { pages, usefulSpec, type PageSpec } from './pages';
import { domElementCount, installUsefulWatcher, longTasksBetween, navigateAndTime, rawReadTime, settle, type BenchState, type UsefulSpec } from './probes';
import { launchProfile } from './profile';
import { installReadCounter, readCounts } from './read-probes';
import { keyCheckEndedAt, unlockFromLockScreen } from './unlock';

/** A measured value, or why there is none. */
export type Outcome = number | 'timeout' | 'error';

export interface Limits {
  /** How long a page may take to become useful before it counts as "timeout". */
  usefulMs: number;
}

export interface DirectSample {
  /** From the navigation's start to the lock screen ready. */
  lockMs: Outcome;
  /** From Unlock to the page's first useful paint. */
  unlockMs: Outcome;
  empty: boolean;
  /** Of the tasks after the passphrase check (Argon2id is one long task of its own, see measure-unlock.ts). */
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
  /** With `countReads`: the sealed rows read from the click until the page settled, per store. */
  reads?: Record<string, number>;
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
export async function usefulAfterLoad(page: Page, limits: Limits): Promise<BenchState['useful'] | null> {
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

/** Opens `path` cold, unlocks and waits for `spec`: the start of in-app measurements. */
export async function openAndSettle(context: BrowserContext, page: Page, baseUrl: string, path: string, spec: UsefulSpec, limits: Limits): Promise<boolean> {
  await context.addInitScript(installUsefulWatcher, { spec, answer: null });
  await page.goto(url(baseUrl, path), { waitUntil: 'commit' });
  if (!(await unlockFromLockScreen(page, limits))) return false;
  const useful = await usefulAfterLoad(page, limits);
  if (!useful) return false;
  await page.evaluate(settle, { since: useful.at, quietMs: 500, capMs: 15_000 });
  return true;
}

export async function measureDirect(dir: string, baseUrl: string, spec: PageSpec, marks: CityMeta['marks'], limits: Limits): Promise<DirectSample> {
  return withBrowser(dir, async (context, page) => {
    await context.addInitScript(installUsefulWatcher, { spec: usefulSpec(spec), answer: null });
    await page.goto(url(baseUrl, spec.path(marks)), { waitUntil: 'commit' });
    const unlocking = await unlockFromLockScreen(page, limits);
    if (!unlocking) return { lockMs: 'timeout', unlockMs: 'timeout', empty: false, longestTaskMs: 'timeout' };
    const useful = await usefulAfterLoad(page, limits);
    if (!useful) return { lockMs: unlocking.lockReadyAt, unlockMs: 'timeout', empty: false, longestTaskMs: 'timeout' };
    const settled = await page.evaluate(settle, { since: useful.at, quietMs: 500, capMs: 15_000 });
    const keyChecked = (await keyCheckEndedAt(page, unlocking.submittedAt)) ?? unlocking.submittedAt;
    const tasks = await page.evaluate(longTasksBetween, { from: keyChecked, to: settled });
    return {
      lockMs: unlocking.lockReadyAt,
      unlockMs: useful.at - unlocking.submittedAt,
      empty: useful.kind === 'empty',
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    };
  });
}

/** The page a navigation starts from: the map's page with that path, else any heading. */
function startSpec(path: string): UsefulSpec {
  const known = pages.find((page) => page.path({ partnerId: '', typicalMeetingId: '', largeMeetingId: '', caseId: '', disclosureCaseId: '' }) === path);
  return known ? usefulSpec(known) : { heading: '.shell main h1', useful: '.shell main h1', empty: '.shell main h1' };
}

export async function measureNavigation(
  dir: string,
  baseUrl: string,
  spec: PageSpec,
  marks: CityMeta['marks'],
  limits: Limits,
  { countReads = false } = {},
): Promise<NavigationSample> {
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
    if (countReads) await context.addInitScript(installReadCounter);
    if (!(await openAndSettle(context, page, baseUrl, spec.from, startSpec(spec.from), limits))) return { ...none, ms: 'error' as const };
    const link = spec.link(marks);
    // A list may still be filling in: give the link a moment to appear before falling back to the route.
    await page
      .locator(link)
      .first()
      .waitFor({ state: 'attached', timeout: 5000 })
      .catch(() => undefined);
    const readBefore = countReads ? await page.evaluate(readCounts) : {};
    const navigation = await page.evaluate(navigateAndTime, { link, hash: `#${spec.path(marks)}`, spec: usefulSpec(spec), timeoutMs: limits.usefulMs });
    if (!navigation.result) return { ...none, clicked: navigation.clicked };
    const settled = await page.evaluate(settle, { since: navigation.result.at, quietMs: 500, capMs: 15_000 });
    const readAfter = countReads ? await page.evaluate(readCounts) : {};
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
      reads: countReads ? Object.fromEntries(Object.entries(readAfter).map(([store, count]) => [store, count - (readBefore[store] ?? 0)])) : undefined,
    };
  });
}

/** The outcome of `work`, or `failed` when it throws (a wait that timed out). */
export async function measureSafely<T>(work: () => Promise<T>, failed: 'timeout' | 'error'): Promise<T | typeof failed> {
  try {
    return await work();
  } catch {
    return failed;
  }
}
