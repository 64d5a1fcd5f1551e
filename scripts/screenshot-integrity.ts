/**
 * Screenshots of what integrity looks like to a coordinator, German and English
 * (`npm run screenshots:integrity`, after `npm run build:web`): a save refused because the
 * meeting changed in another window, the audit check finding a record written around the
 * app's write path (sealed, so it reads, but with no audit entry), the same record with its
 * sealed value edited on the disk (the page refuses to show it), and the banner after a newer
 * version opened the database elsewhere. The "storage: tampered" page errors it prints are
 * that edited record's.
 */
import type { Page } from 'playwright-core';
import { appKeys, sealRows } from '../tests/e2e/support/sealing';
import { gotoAndUnlock, reloadAndUnlock } from '../tests/e2e/support/session';
import { forEachLanguage, exampleNetworkWithLocalUser } from './screens-support';

const words = {
  de: { title: 'Titel', save: 'Speichern', place: 'Ort', chair: 'Sitzungsleitung', check: 'Prüfprotokoll prüfen' },
  en: { title: 'Title', save: 'Save', place: 'Place', chair: 'Chair', check: 'Check audit trail' },
};

await forEachLanguage('i', async ({ lang, page, context, baseUrl, shot }) => {
  const w = words[lang];
  await exampleNetworkWithLocalUser({ lang, page, baseUrl });
  await page.goto(`${baseUrl}#/meetings/new`);
  await page.getByLabel(w.title, { exact: true }).fill(lang === 'de' ? 'Netzwerktreffen Juni' : 'June network meeting');
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.waitForURL(/#\/meetings\/[0-9a-f-]{36}$/);
  const edit = `${page.url()}/edit`;

  // Two windows on the same meeting: the second saves from the older version. A new window
  // meets the lock screen (the keys live only in memory) and is unlocked first.
  const other = await context.newPage();
  await gotoAndUnlock(other, edit);
  await page.goto(edit);
  await other.getByLabel(w.place, { exact: true }).fill(lang === 'de' ? 'Rathaus, Raum 101' : 'Town hall, room 101');
  await other.getByRole('button', { name: w.save, exact: true }).click();
  await other.waitForURL(/[0-9a-f]$/);
  await page.getByLabel(w.chair, { exact: true }).fill('Erika Beispiel');
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.locator('.stale-notice').waitFor();
  await shot('1-stale-save');

  // A record written around the app's write path, by something that holds the key (a tool
  // given the passphrase, or code that skips the record store): sealed like every row, so it
  // reads (a plaintext row would be refused as changed outside Roundtable), but no audit entry
  // names it. Sealed in Node with the profile's keys, as tests/e2e/support/sealing.ts does.
  const stamp = new Date().toISOString();
  const planted = sealRows(await appKeys(page), 'partners', [
    {
      id: crypto.randomUUID(),
      name: 'Untergeschoben',
      shortName: '',
      sector: 'police',
      status: 'active',
      role: '',
      joinedOn: '',
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      revision: 1,
    },
  ]);
  await putPartners(page, planted);
  await page.goto(`${baseUrl}#/settings`);
  await page.getByRole('button', { name: w.check }).click();
  await page.locator('.audit-result .notice').first().waitFor();
  await shot('2-audit-check');

  // The same record with its sealed value edited on the disk (one character of the
  // ciphertext): it no longer decrypts, and the page that reads it says so. Shown after a
  // reload, so the page reads from the disk, not from what this window decrypted before.
  const [sealed] = planted as { sealed: string }[];
  const at = sealed!.sealed.length - 8;
  const edited = `${sealed!.sealed.slice(0, at)}${sealed!.sealed[at] === 'A' ? 'B' : 'A'}${sealed!.sealed.slice(at + 1)}`;
  await putPartners(page, [{ ...sealed!, sealed: edited }]);
  await page.goto(`${baseUrl}#/partners`);
  await reloadAndUnlock(page);
  await page.locator('.fatal[role="alert"]').waitFor();
  await shot('2b-tampered-record');
  // Put back as it was, and reload (the error screen stays until then).
  await putPartners(page, planted);
  await reloadAndUnlock(page);

  // A newer Roundtable opens the database in the other window.
  await page.goto(`${baseUrl}#/partners/new`);
  await page.locator('form').waitFor();
  await other.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('roundtable', 990);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
      }),
  );
  await page.locator('.outdated-banner').waitFor();
  await shot('3-outdated');
  await other.close();
});

/** Writes partner rows straight into the app's IndexedDB, around the app. */
function putPartners(page: Page, rows: object[]): Promise<void> {
  return page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onsuccess = () => {
          const write = request.result.transaction('partners', 'readwrite');
          for (const row of rows) write.objectStore('partners').put(row);
          write.oncomplete = () => {
            request.result.close();
            resolve();
          };
          write.onerror = () => reject(write.error);
        };
        request.onerror = () => reject(request.error);
      }),
    rows,
  );
}
