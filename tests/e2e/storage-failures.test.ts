import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openApp } from './support/browser';
import { firstStart } from './pages/app';

let browser: Browser;

/** The object stores of the app's database, read without Dexie (so nothing is upgraded). */
function storeNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const request = indexedDB.open('roundtable');
        request.onsuccess = () => {
          const names = [...request.result.objectStoreNames];
          request.result.close();
          resolve(names);
        };
      }),
  );
}
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('storage failures', () => {
  it('explains in German what to do when the local database is unavailable', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    // As in a browser that blocks site data: no IndexedDB at all.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.getByRole('heading').textContent()).toBe('Ihre Daten konnten nicht gelesen oder gespeichert werden');
    expect(await alert.textContent()).toContain('Die lokale Datenbank ist nicht verfügbar.');
    expect(await alert.getByRole('button', { name: 'Neu laden' }).isVisible()).toBe(true);
    await context.close();
  });

  it('refuses to open data saved by a newer version, and leaves it unchanged', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'en-GB');
    const { page } = session;
    await firstStart(page, 'en', 'example');
    await expect.poll(() => page.getByText('Active partners').isVisible()).toBe(true);
    const before = await storeNames(page);
    // A future Roundtable upgraded the schema (Dexie version 99 = IndexedDB version 990), far
    // beyond any version this one knows, so new migrations never make it current.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          indexedDB.databases().then(() => {
            const request = indexedDB.open('roundtable', 990);
            request.onupgradeneeded = () => request.result.createObjectStore('future');
            request.onsuccess = () => {
              request.result.close();
              resolve();
            };
            request.onerror = () => reject(request.error);
            request.onblocked = () => reject(new Error('blocked'));
          });
        }),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('This data was saved by a newer version of Roundtable.');
    const stores = await storeNames(page);
    // Exactly the future version's stores: nothing added, nothing removed by this version.
    expect(stores.sort()).toEqual([...before, 'future'].sort());
    await session.context.close();
  });
});
