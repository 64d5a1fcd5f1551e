/**
 * The audit check from Settings, in the built web edition served with the desktop app's
 * Content-Security-Policy as a header (which a worker's own script runs under too): it runs
 * in a Web Worker with progress, goes on from where the last check ended, the full re-check
 * names an entry changed in place, and a failure of the database is said in words.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstStart, type AppPage } from './pages/app';
import { startWithCspHeader } from './support/csp-header-server';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { seedAuditTrail } from './support/seed-audit-trail';

let server: Awaited<ReturnType<typeof startWithCspHeader>>;
let browser: Browser;
let session: AppSession;
let app: AppPage;
let entries: number;
beforeAll(async () => {
  server = await startWithCspHeader();
  browser = await launchBrowser();
  session = await openApp(browser, server.url, 'en-GB');
  app = await firstStart(session.page, 'en', 'example');
  // Enough for several chunks of 5,000, so progress shows.
  entries = (await seedAuditTrail(session.page, 20_000)).seq;
  await app.reload();
  await app.navigate('Settings');
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
  await server?.close();
});

const shown = (value: number) => value.toLocaleString('en-GB');
const result = (page: Page) => page.locator('.audit-result[role="status"]');
const slow = { timeout: 30_000, interval: 100 };

/** Every text the progress bar's description shows, recorded in the page: a check of 20,000 entries is soon over. */
async function watchProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { progressSeen: seen });
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      const description = bar && document.getElementById(bar.getAttribute('aria-describedby') ?? '');
      const text = bar?.getAttribute('aria-label') === 'Progress of the audit check' ? description?.textContent : null;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}

describe('the audit check in Settings', () => {
  it('checks every entry in the background with progress, then goes on from where it ended', async () => {
    const { page } = session;
    const progress = await watchProgress(page);
    await page.getByRole('button', { name: 'Check audit trail', exact: true }).click();
    await expect.poll(() => result(page).textContent(), slow).toContain(`The audit trail is intact: ${shown(entries)} entries checked.`);
    expect(await result(page).textContent()).toContain('There was no earlier check to go on from, so every entry was checked.');
    // "Checking…" until the worker has counted the entries, then how far it got.
    const seen = (await progress()).filter((text) => text !== 'Checking…');
    for (const text of seen) expect(text).toMatch(/^[\d,]+ of [\d,]+ entries checked$/);
    expect(seen).toContain(`${shown(5000)} of ${shown(entries)} entries checked`);
    expect(await page.locator('.audit-check').textContent()).toMatch(new RegExp(`Last full check: .+ \\(entries 1 to ${shown(entries)}\\)`));

    // Again, from the keyboard: only what is new, the entries just behind and a share of the older ones.
    await page.getByRole('button', { name: 'Check audit trail', exact: true }).press('Enter');
    await expect.poll(() => result(page).textContent(), slow).toContain(`The audit trail is intact: ${shown(entries)} entries.`);
    expect(await result(page).textContent()).toContain(`This check went on from entry #${shown(entries)}`);
    expect(await result(page).textContent()).toContain('It also checked the older entries #1 to #5,000 again.');
    expect(session.errors).toEqual([]);
  });

  it('names an entry changed in place in the full re-check', async () => {
    const { page } = session;
    // Someone with access to the files edits an entry behind the last check's end (its
    // content is sealed: they can only change the ciphertext, and the keyed chain notices).
    await page.evaluate(
      (seq) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('roundtable');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('audit', 'readwrite');
            const read = tx.objectStore('audit').index('seq').get(seq);
            read.onsuccess = () => {
              // What changed is sealed in its own part (the erasable format): edit its ciphertext.
              const entry = read.result as { sealedChanges: string };
              const at = entry.sealedChanges.length - 8;
              entry.sealedChanges = `${entry.sealedChanges.slice(0, at)}${entry.sealedChanges[at] === 'A' ? 'B' : 'A'}${entry.sealedChanges.slice(at + 1)}`;
              tx.objectStore('audit').put(entry);
            };
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          request.onerror = () => reject(request.error);
        }),
      12_345,
    );
    await page.getByRole('button', { name: 'Full re-check', exact: true }).press('Space');
    await expect.poll(() => result(page).textContent(), slow).toContain('Broken at entry #12,345. This entry was changed after it was written.');
    expect(session.errors).toEqual([]);
  });

  it('says why it cannot check once a newer Roundtable took over the database', async () => {
    const { page } = session;
    const newer = await session.context.newPage();
    await newer.goto('about:blank');
    await newer.goto(server.url);
    await newer.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('roundtable', 990);
          request.onupgradeneeded = () => request.result.createObjectStore('futureStore');
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.getByRole('button', { name: 'Check audit trail', exact: true }).click();
    await expect.poll(() => app.notices().textContent(), slow).toContain('Roundtable was updated in another window.');
    await newer.close();
  });
});
