/**
 * Shared by the screenshot scripts and the single-purpose benchmarks: serve the built web
 * edition, open it in Chromium once per language with a fresh profile (which meets the first
 * start: a passphrase, then the recovery key), write PNGs to test-results/screens/, and time
 * a load that ends on the lock screen. Reloads and other windows unlock with
 * tests/e2e/support/session.ts (reloadAndUnlock, gotoAndUnlock); seeds seal their rows with
 * tests/e2e/support/sealing.ts.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { firstStart } from '../tests/e2e/pages/app';
import { launchBrowser, openApp } from '../tests/e2e/support/browser';
import { startWebEdition } from '../tests/e2e/support/server';
import { sessionWords, TEST_PASSPHRASE, type SessionLanguage } from '../tests/e2e/support/session';

export const screensDir = resolve(import.meta.dirname, '../test-results/screens');

export interface ScreenSession {
  lang: 'de' | 'en';
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Saves a full-page screenshot as "<lang>-<prefix><name>.png". */
  shot: (name: string) => Promise<unknown>;
}

export async function forEachLanguage(prefix: string, walk: (session: ScreenSession) => Promise<void>): Promise<void> {
  mkdirSync(screensDir, { recursive: true });
  const server = await startWebEdition();
  const browser = await launchBrowser();
  try {
    for (const locale of ['de-DE', 'en-GB'] as const) {
      const lang = locale.slice(0, 2) as 'de' | 'en';
      const { page, context, errors } = await openApp(browser, server.url, locale);
      const shot = (name: string) => page.screenshot({ path: resolve(screensDir, `${lang}-${prefix}${name}.png`), fullPage: true });
      await walk({ lang, page, context, baseUrl: server.url, shot });
      if (errors.length) console.log(`${lang} page errors:`, errors);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`screenshots in ${screensDir}`);
}

/** Chooses the passphrase, says who works here (the first start asks before anything else) and loads the example network. */
export async function exampleNetworkWithLocalUser({ lang, page }: Pick<ScreenSession, 'lang' | 'page' | 'baseUrl'>): Promise<void> {
  await firstStart(page, lang, 'example', { name: 'Toni Exempel', organisation: 'Präventionskoordination' });
}

export interface TimedUnlock {
  /** Page time (performance.now()) of the Unlock click. */
  clickedAt: number;
  /** Page time when the app's shell was there (the key derivation and opening the vault done). */
  unlockedAt: number;
  /** Page time when `selector` was visible on a painted frame. */
  shownAt: number;
}

/**
 * A load of the app's address (a reload, a bookmark) now ends on the lock screen, since the
 * keys live only in memory: what a coordinator waits for is the unlock and then the page.
 * Waits for the lock screen, types the test passphrase, clicks Unlock in the page and notes,
 * frame by frame, when the shell and then `selector` show.
 */
export async function unlockAndTime(page: Page, language: SessionLanguage, selector: string): Promise<TimedUnlock> {
  const words = sessionWords[language];
  await page.getByRole('heading', { level: 1, name: words.lockHeading }).waitFor();
  await page.getByLabel(words.passphrase, { exact: true }).fill(TEST_PASSPHRASE);
  const button = await page.getByRole('button', { name: words.unlock, exact: true }).elementHandle();
  return page.evaluate(
    async ({ button, selector }) => {
      const clickedAt = performance.now();
      (button as HTMLButtonElement).click();
      let unlockedAt = NaN;
      for (;;) {
        await new Promise((frame) => requestAnimationFrame(frame));
        if (Number.isNaN(unlockedAt) && document.querySelector('.shell')) unlockedAt = performance.now();
        if (document.querySelector(selector)?.checkVisibility()) return { clickedAt, unlockedAt, shownAt: performance.now() };
      }
    },
    { button, selector },
  );
}
