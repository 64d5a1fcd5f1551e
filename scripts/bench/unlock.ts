/**
 * The lock screen every measured run starts on (the app keeps its keys only in memory, so
 * a cold start is locked): waits until it is ready, types the bench passphrase and submits
 * it, with the times in the page's clock (milliseconds since the navigation started).
 */
import type { Page } from 'playwright-core';
import { sessionWords } from '../../tests/e2e/support/session';
import { submitUnlock } from './lock-probes';
import type { Limits } from './measure-pages';
import { BENCH_PASSPHRASE } from './passphrase';
import type { BenchState } from './probes';

export interface Unlocking {
  /** The lock screen painted, ready for the passphrase. */
  lockReadyAt: number;
  /** Unlock pressed (the passphrase typed before). */
  submittedAt: number;
}

/** Unlocks from the lock screen; null when it did not show within the limit. */
export async function unlockFromLockScreen(page: Page, limits: Limits): Promise<Unlocking | null> {
  try {
    await page.waitForFunction(() => (window as unknown as { __bench?: BenchState }).__bench?.lockReady !== undefined, null, {
      timeout: limits.usefulMs,
      polling: 50,
    });
  } catch {
    return null;
  }
  await page.getByLabel(sessionWords.en.passphrase, { exact: true }).fill(BENCH_PASSPHRASE);
  const submittedAt = await page.evaluate(submitUnlock);
  const lockReadyAt = await page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.lockReady!);
  return { lockReadyAt, submittedAt };
}

/**
 * When the passphrase check (Argon2id, then unwrapping the data key) ended: the app's first
 * indexedDB.open after Unlock. Null when there was none (the unlock failed).
 */
export async function keyCheckEndedAt(page: Page, submittedAt: number): Promise<number | null> {
  const opens = await page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.dbOpens);
  return opens.find((at) => at >= submittedAt) ?? null;
}
