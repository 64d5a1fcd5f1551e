/**
 * Screenshots of retention and deletion at 1366×768, in German and English: the schedule in
 * Settings (with a refused period), the due-for-deletion list with cases past their period
 * (one shared under an agreement), the hold and delete dialogs, and the overview's line.
 * Run after `npm run build:web`: `npx tsx scripts/screenshot-retention.ts`.
 */
import type { Page } from 'playwright-core';
import { weekReferral } from '../tests/fixtures/week-records';
import { appKeys, sealRows } from '../tests/e2e/support/sealing';
import { gotoAndUnlock, reloadAndUnlock } from '../tests/e2e/support/session';
import { exampleNetworkWithLocalUser, forEachLanguage } from './screens-support';

async function seed(page: Page, tables: Record<string, object[]>): Promise<void> {
  const keys = await appKeys(page);
  const sealed = Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, sealRows(keys, table, rows)]));
  await page.evaluate(async (byTable) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(byTable), 'readwrite');
      for (const [table, rows] of Object.entries(byTable)) for (const row of rows) tx.objectStore(table).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, sealed);
}

async function partnerId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onsuccess = () => {
          const read = request.result.transaction('partners').objectStore('partners').getAllKeys();
          read.onsuccess = () => resolve(String(read.result[0]));
          read.onerror = () => reject(read.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

await forEachLanguage('retention-', async ({ lang, page, shot, baseUrl }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await exampleNetworkWithLocalUser({ lang, page, baseUrl });
  const police = await partnerId(page);
  const closed = (code: string, closedOn: string) =>
    weekReferral({
      caseCode: code,
      status: 'closed',
      receivedOn: '2020-01-10',
      nextReviewOn: null,
      referringPartnerId: police,
      closedOn,
      retentionFrom: closedOn,
    });
  await seed(page, {
    referrals: [
      closed('RT-2020-0011', '2021-03-31'),
      closed('RT-2021-0004', '2022-08-31'),
      weekReferral({
        caseCode: 'RT-2022-0007',
        status: 'signposted',
        receivedOn: '2022-02-01',
        nextReviewOn: null,
        referringPartnerId: police,
        retentionFrom: '2022-02-15',
      }),
    ],
  });
  await reloadAndUnlock(page);
  await gotoAndUnlock(page, `${baseUrl}#/data-protection/due`);
  await page.locator('.due-table').waitFor();
  await shot('due-list');
  const extend = lang === 'de' ? 'Verlängern (Löschsperre)' : 'Extend (legal hold)';
  await page.getByRole('button', { name: `${extend}: RT-2020-0011` }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByRole('button', { name: lang === 'de' ? 'Länger aufbewahren' : 'Keep longer' }).click();
  await shot('hold-dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: `${lang === 'de' ? 'Löschen' : 'Delete'}: RT-2021-0004` }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await shot('erase-dialog');
  await page.keyboard.press('Escape');
  await gotoAndUnlock(page, `${baseUrl}#/settings`);
  const section = page.locator('section', { has: page.getByRole('heading', { name: lang === 'de' ? 'Aufbewahrung und Löschung' : 'Retention and deletion' }) });
  await section.waitFor();
  await section.getByRole('textbox').first().fill('0');
  await section.getByRole('button', { name: lang === 'de' ? 'Fristen speichern' : 'Save periods' }).click();
  await section.screenshot({ path: `test-results/screens/${lang}-retention-settings.png` });
  await gotoAndUnlock(page, `${baseUrl}#/`);
  await page.locator('.this-week').waitFor();
  await page.waitForTimeout(500);
  await page.locator('.this-week').screenshot({ path: `test-results/screens/${lang}-retention-week.png` });
});
