/**
 * Shared by the screenshot scripts: serve the built web edition, open it in Chromium once
 * per language with a fresh profile, and write PNGs to test-results/screens/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { firstStart } from '../tests/e2e/pages/app';
import { launchBrowser, openApp } from '../tests/e2e/support/browser';
import { startWebEdition } from '../tests/e2e/support/server';

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

/** Says who works here (the first start asks before anything else) and loads the example network. */
export async function exampleNetworkWithLocalUser({ lang, page }: Pick<ScreenSession, 'lang' | 'page' | 'baseUrl'>): Promise<void> {
  await firstStart(page, lang, 'example', { name: 'Toni Exempel', organisation: 'Präventionskoordination' });
}
