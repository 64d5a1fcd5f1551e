/**
 * Browser profiles with the city loaded: one persistent Chromium user-data-dir per scale
 * (under out/bench-cache/), so every measurement starts a fresh browser on a database that
 * is already there (a cold start, as a user's next morning: the lock screen).
 *
 * Loading: the app opens its database only once it has keys, so the first start goes
 * through the real setup screen with the bench passphrase (the app creates database
 * "roundtable" at its current version, and a keyring of its own). A fresh browser then
 * shows the lock screen, with the database closed, and the sealed city's rows are written
 * with the raw IndexedDB API, a few thousand per transaction: its settings replace the
 * app's (the city's keyring is the one the passphrase opens from then on). Closing the
 * browser flushes the profile to disk.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, CHROMIUM } from '../../tests/e2e/support/browser';
import { sessionWords, setUpPassphrase } from '../../tests/e2e/support/session';
import { cacheDir, cityChunks } from './cache';
import { BENCH_PASSPHRASE } from './passphrase';
import { installLockScreenWatcher } from './lock-probes';
import { installLongTaskObserver } from './probes';
import type { SealedCity } from './sealed-city';

export const viewport = { width: 1366, height: 768 };

/** A fresh browser on the profile: English, Berlin, the benchmark's viewport. */
export async function launchProfile(dir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs,
    viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
  });
  // tsx (esbuild keepNames) wraps named inner functions in __name(): the page needs one first.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installLongTaskObserver);
  await context.addInitScript(installLockScreenWatcher);
  return context;
}

export interface LoadedProfile {
  dir: string;
  /** Milliseconds loading took now; 0 when the profile was loaded before. */
  loadMs: number;
}

/**
 * Writes one NDJSON chunk `{store, rows}` into the open database, in one transaction. The
 * settings replace every setting there was (the keyring and encryption date of the setup).
 */
async function writeChunk(line: string): Promise<number> {
  const { store, rows } = JSON.parse(line) as { store: string; rows: object[] };
  const holder = window as unknown as { __benchDb?: Promise<IDBDatabase> };
  holder.__benchDb ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('roundtable');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const db = await holder.__benchDb;
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(store, 'readwrite', { durability: 'relaxed' });
    const target = transaction.objectStore(store);
    if (store === 'settings') target.clear();
    for (const row of rows) target.add(row);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
  });
  return rows.length;
}

async function databaseStores(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames];
    db.close();
    return names;
  });
}

/** The first start: the bench passphrase chosen on the real setup screen; the app creates its database. */
async function firstStart(dir: string, baseUrl: string): Promise<void> {
  const context = await launchProfile(dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(60_000);
    await page.goto(baseUrl);
    await setUpPassphrase(page, 'en', BENCH_PASSPHRASE);
    const stores = await databaseStores(page);
    if (!stores.includes('audit') || !stores.includes('referrals')) throw new Error(`the app did not create its database (stores: ${stores.join(', ')})`);
  } finally {
    await context.close();
  }
}

/** The profile of a city: loaded before (its marker names the same sealed city file), or loaded now. */
export async function loadedProfile(city: SealedCity, baseUrl: string): Promise<LoadedProfile> {
  const dir = resolve(cacheDir, `profile-${city.meta.scale}`);
  const marker = join(dir, 'bench-city.json');
  if (existsSync(marker) && (JSON.parse(readFileSync(marker, 'utf8')) as { file: string }).file === city.file) return { dir, loadMs: 0 };
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  await firstStart(dir, baseUrl);
  const context = await launchProfile(dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseUrl);
    // Locked: the app has read the keyring and closed the database again.
    await page.getByRole('heading', { level: 1, name: sessionWords.en.lockHeading }).waitFor({ timeout: 60_000 });
    let rows = 0;
    for await (const line of cityChunks(city.file)) rows += await page.evaluate(writeChunk, line);
    await page.evaluate(() => (window as unknown as { __benchDb?: Promise<IDBDatabase> }).__benchDb?.then((db) => db.close()));
    console.log(`  loaded ${rows.toLocaleString('en')} rows`);
  } finally {
    await context.close();
  }
  writeFileSync(marker, JSON.stringify({ file: city.file, loadedAt: new Date().toISOString() }));
  return { dir, loadMs: performance.now() - started };
}
