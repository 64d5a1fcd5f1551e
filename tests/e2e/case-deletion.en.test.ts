import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { saveDownload } from './support/files';
import { appKeys, openRows } from './support/sealing';
import { reloadAndUnlock } from './support/session';

// Deleting a case for good, in English and in New York time: the example network's case is
// closed in March 2026; with the clock moved past its retention (three years after its last
// review in March 2027) it is due, is deleted with a reason, and afterwards no page, search,
// export or stored row holds any of its personal fields, while the audit check stays intact
// and shows the deletion. Each test builds on the last.
let browser: Browser;
let session: AppSession;
let app: AppPage;
let caseCode = '';
let caseUrl = '';
const note = 'Quince Street café: spoke with the family about the move';
/** What the example case holds about the person, and what was written about it here. */
const personal = [
  'X. Y.',
  'An invented example case: a teenager shares far-right content',
  'Parent or guardian (example)',
  'Discussed at the round table (example).',
  'Example case discussed; prevention coordination takes the lead.',
  note,
];

/** Sets the browser's clock (before the app reads it) and opens `path` there, unlocked. */
async function openOn(isoDate: string, path: string) {
  await session.page.clock.setFixedTime(new Date(`${isoDate}T10:00:00`));
  await session.page.goto(`${inject('baseUrl')}#${path}`);
  await reloadAndUnlock(session.page);
  await app.heading().waitFor();
}

/** Every stored row of every object store, raw and opened with the profile's keys, as one text. */
async function everythingStored(): Promise<string> {
  const { page } = session;
  const stores = await page.evaluate(
    () =>
      new Promise<Record<string, object[]>>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, object[]> = {};
          for (const name of names) {
            const read = tx.objectStore(name).getAll();
            read.onsuccess = () => (out[name] = read.result as object[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  const keys = await appKeys(page);
  const opened = Object.entries(stores).map(([store, rows]) => openRows(keys, store, rows));
  return JSON.stringify([stores, opened]);
}

async function search(text: string) {
  const { page } = session;
  await page.keyboard.press('Control+k');
  const field = page.getByRole('searchbox', { name: 'Search everything' });
  await field.fill(text);
  return page.getByRole('menu');
}

async function closeSearch() {
  await session.page.keyboard.press('Escape');
  await session.page.keyboard.press('Escape');
}

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'en-GB');
  app = new AppPage(session.page);
  await session.page.clock.setFixedTime(new Date('2026-03-10T10:00:00'));
  await session.page.reload();
  await firstStart(session.page, 'en', 'example');
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe('deleting a case for good when its retention has ended', () => {
  it('closes the example case after a note on its timeline', async () => {
    const { page } = session;
    await app.navigate('Referrals');
    await page
      .getByRole('link', { name: /^RT-2026-\d{4}$/ })
      .first()
      .click();
    await expect.poll(() => app.heading().textContent()).toMatch(/^RT-2026-\d{4}$/);
    caseCode = (await app.heading().textContent())!;
    caseUrl = page.url();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByLabel('What happened').fill(note);
    await timeline.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => timeline.textContent()).toContain(note);
    for (const to of ['Review', 'Closed']) {
      await page.getByRole('button', { name: 'Change status…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('New status', { exact: true }).selectOption({ label: to });
      if (to === 'Closed') await dialog.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Support completed' });
      await dialog.getByRole('button', { name: 'Change status' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    const before = await everythingStored();
    for (const text of personal) expect(before, text).toContain(text);
  });

  it('is not due while its period runs, and is due once the clock passes it', async () => {
    const { page } = session;
    // Closed on 10 March 2026, its last review due 10 March 2027, kept three years after that.
    // The day before, only its discussion in the February 2026 minutes is due (three years after
    // that meeting, now that the case it discussed is closed); the case itself is not.
    await openOn('2030-03-09', '/data-protection/due');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Example round-table meeting' }).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: caseCode }).count()).toBe(0);
    await openOn('2030-03-11', '/data-protection/due');
    const row = page.getByRole('row').filter({ hasText: caseCode });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/due since 10 Mar 2030/i);
    // Before: the search finds the case and its discussion in the minutes.
    const results = await search(caseCode);
    await expect.poll(() => results.getByRole('menuitem', { name: caseCode, exact: true }).count()).toBe(1);
    await closeSearch();
  });

  it('asks for the reason and the case code, then deletes it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: `Delete: ${caseCode}` }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('The content of these case discussions goes with it');
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => dialog.getByText(`Type ${caseCode} exactly as shown to confirm.`).isVisible()).toBe(true);
    await dialog.getByLabel(`Type ${caseCode} to confirm`).fill(caseCode);
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => app.notices().textContent()).toContain('was deleted');
    // Its case discussion went with it, so nothing is left due.
    await expect.poll(() => page.getByText('Nothing is due for deletion.').isVisible()).toBe(true);
    // The open window's search index heard of it at once.
    const results = await search(caseCode);
    await expect.poll(() => results.getByRole('menuitem').count()).toBe(0);
    await closeSearch();
  });

  it('leaves nothing of it on any page, in the search, in an export or in the database', async () => {
    const { page } = session;
    // The example's only case is gone: the list is empty, as in a new network.
    await openOn('2030-03-11', '/referrals');
    await expect.poll(() => page.getByText('No referrals yet').isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).not.toContain(caseCode);
    await page.goto(caseUrl);
    await expect.poll(() => page.locator('main').textContent()).not.toContain('X. Y.');

    const found = await search(caseCode);
    await expect.poll(() => found.getByRole('menuitem').count()).toBe(0);
    await closeSearch();
    const discussion = await search('prevention coordination takes the lead');
    await expect.poll(() => discussion.getByRole('menuitem').count()).toBe(0);
    await closeSearch();

    // The meeting keeps the item in its place, marked deleted, without its content.
    await app.navigate('Meetings');
    await page.getByRole('link', { name: 'Example round-table meeting', exact: true }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Case discussion deleted on 11 Mar 2030');
    const text = await page.locator('main').textContent();
    for (const word of personal) expect(text).not.toContain(word);

    // Its minutes exported (full, for attendees) hold nothing of the case either.
    await page.getByRole('button', { name: 'Export minutes…' }).click();
    const exportDialog = page.getByRole('dialog');
    await exportDialog.getByLabel('Format', { exact: true }).selectOption({ label: 'Markdown' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    const minutes = readFileSync(await saveDownload(download), 'utf8');
    expect(minutes).toContain('Example round-table meeting');
    for (const word of personal) expect(minutes, word).not.toContain(word);

    const after = await everythingStored();
    for (const word of personal) expect(after, word).not.toContain(word);
    // What stays: that a case with this code was deleted, when and why.
    expect(after).toContain(caseCode);
  });

  it('shows the deletion on the data-protection page, without content', async () => {
    const { page } = session;
    await openOn('2030-03-11', '/data-protection');
    const deletions = page.getByRole('region', { name: 'Deletions done' });
    await expect.poll(() => deletions.textContent()).toContain(caseCode);
    expect(await deletions.textContent()).toContain('Retention period ended');
    for (const word of personal) expect(await page.locator('main').textContent()).not.toContain(word);
  });

  it('keeps the audit trail intact and says what was deleted', async () => {
    const { page } = session;
    await openOn('2030-03-11', '/settings');
    await page.getByRole('button', { name: 'Full re-check' }).click();
    const section = page.getByRole('region', { name: 'Audit trail' });
    await expect.poll(() => section.textContent(), { timeout: 30_000 }).toMatch(/intact/);
    expect(await section.textContent()).toContain('Deletions: 1 case');
    expect(session.errors).toEqual([]);
  });
});
