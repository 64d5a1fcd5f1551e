/**
 * Unlocking at the whole city, as a coordinator's morning: a cold start shows the lock
 * screen; from pressing Unlock to the overview's first useful paint, and to the overview
 * answering a click (the partners link current and painted). The target: ≤ 1.5 s.
 * Also the passphrase check on its own (Argon2id with the app's default cost, then the data
 * key unwrapped: until the app opens its database), the longest task meanwhile, and the
 * longest time the main thread was held (which includes Argon2id, see lock-probes.ts).
 */
import { measureSafely, url, usefulAfterLoad, withBrowser, type Limits, type Outcome } from './measure-pages';
import { pages, usefulSpec } from './pages';
import { installUsefulWatcher, longTasksBetween, type BenchState } from './probes';
import { installStallWatcher, longestStallBetween } from './lock-probes';
import { keyCheckEndedAt, unlockFromLockScreen } from './unlock';

export interface UnlockSample {
  lockMs: Outcome;
  keyCheckMs: Outcome;
  usefulMs: Outcome;
  answeredMs: Outcome;
  longestTaskMs: Outcome;
  longestStallMs: Outcome;
}

const timedOut: UnlockSample = {
  lockMs: 'timeout',
  keyCheckMs: 'timeout',
  usefulMs: 'timeout',
  answeredMs: 'timeout',
  longestTaskMs: 'timeout',
  longestStallMs: 'timeout',
};

export async function measureUnlock(dir: string, baseUrl: string, limits: Limits): Promise<UnlockSample> {
  const overview = pages.find((page) => page.name === 'overview')!;
  return withBrowser(dir, async (context, page) => {
    await context.addInitScript(installStallWatcher);
    await context.addInitScript(installUsefulWatcher, { spec: usefulSpec(overview), answer: 'nav a[href="#/partners"][aria-current="page"]' });
    await page.goto(url(baseUrl, '/'), { waitUntil: 'commit' });
    const unlocking = await unlockFromLockScreen(page, limits);
    if (!unlocking) return timedOut;
    const since = unlocking.submittedAt;
    const sample: UnlockSample = { ...timedOut, lockMs: unlocking.lockReadyAt };
    const useful = await usefulAfterLoad(page, limits);
    const keyChecked = await keyCheckEndedAt(page, since);
    sample.keyCheckMs = keyChecked === null ? 'error' : keyChecked - since;
    if (!useful) return sample;
    sample.usefulMs = useful.at - since;
    await page.locator('nav a[href="#/partners"]').click({ timeout: limits.usefulMs });
    const answered = await measureSafely(async () => {
      await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.answered !== undefined, null, {
        timeout: limits.usefulMs,
        polling: 50,
      });
      return page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.answered!);
    }, 'timeout');
    if (typeof answered !== 'number') return sample;
    sample.answeredMs = answered - since;
    const tasks = await page.evaluate(longTasksBetween, { from: since, to: answered });
    sample.longestTaskMs = Math.max(0, ...tasks.map((task) => task.duration));
    sample.longestStallMs = await page.evaluate(longestStallBetween, { from: since, to: answered });
    return sample;
  });
}
