/**
 * Debian's Chromium, driven by playwright-core (no browser download). Every context is
 * fresh, so every test starts with an empty IndexedDB.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The switches every launch uses (the benchmark's persistent profiles too). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs,
  });
}

export interface AppSession {
  context: BrowserContext;
  page: Page;
  /** Errors the page logged or threw: a test fails on any it did not expect. */
  errors: string[];
}

/**
 * Each locale's browser runs in a real user's zone, one east and one west of UTC, so no
 * suite passes only because the machine happens to be on UTC.
 */
export const defaultTimeZones = { 'de-DE': 'Europe/Berlin', 'en-GB': 'America/New_York' } as const;

export async function openApp(
  browser: Browser,
  baseUrl: string,
  locale: 'de-DE' | 'en-GB',
  { timezoneId = defaultTimeZones[locale] }: { timezoneId?: string } = {},
): Promise<AppSession> {
  const context = await browser.newContext({ locale, timezoneId, viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(baseUrl);
  return { context, page, errors };
}

/**
 * A browser on a profile directory of the test's own (`--user-data-dir`), kept after the
 * browser closes, so a test can read what Chromium wrote there. Closing the returned
 * context shuts the browser down properly, which flushes History, Sessions and Web Data.
 */
export async function openPersistentApp(dir: string, baseUrl: string, locale: 'de-DE' | 'en-GB'): Promise<AppSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium).`);
  }
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs,
    locale,
    timezoneId: defaultTimeZones[locale],
    viewport: { width: 1280, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(baseUrl);
  return { context, page, errors };
}
