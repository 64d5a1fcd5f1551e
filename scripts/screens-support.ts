/**
 * Shared by the screenshot scripts: serve the built web edition, open it in Chromium once
 * per language with a fresh profile, and write PNGs to test-results/screens/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
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

const startWords = {
  de: { example: /Beispielnetzwerk laden/, name: 'Ihr Name', org: 'Organisation', who: 'Wer arbeitet hier', save: 'Speichern' },
  en: { example: /Load an example network/, name: 'Your name', org: 'Organisation', who: 'Who is working here', save: 'Save' },
};

/** Loads the example network and says in Settings who is working here (cases and agreements need it). */
export async function exampleNetworkWithLocalUser({ lang, page, baseUrl }: Pick<ScreenSession, 'lang' | 'page' | 'baseUrl'>): Promise<void> {
  const w = startWords[lang];
  await page.getByRole('button', { name: w.example }).click();
  await page.locator('.coverage-grid').first().waitFor();
  await page.goto(`${baseUrl}#/settings`);
  await page.getByLabel(w.name, { exact: true }).fill('Toni Exempel');
  await page.getByLabel(w.org, { exact: true }).fill('Präventionskoordination');
  await page.getByRole('region', { name: w.who }).getByRole('button', { name: w.save }).click();
}
