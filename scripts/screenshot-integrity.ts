/**
 * Screenshots of what integrity looks like to a coordinator, German and English
 * (`npm run screenshots:integrity`, after `npm run build:web`): a save refused because the
 * meeting changed in another window, the audit check finding a record written around the
 * app, and the banner after a newer version opened the database elsewhere.
 */
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

  // Two windows on the same meeting: the second saves from the older version.
  const other = await context.newPage();
  await other.goto(edit);
  await page.goto(edit);
  await other.getByLabel(w.place, { exact: true }).fill(lang === 'de' ? 'Rathaus, Raum 101' : 'Town hall, room 101');
  await other.getByRole('button', { name: w.save, exact: true }).click();
  await other.waitForURL(/[0-9a-f]$/);
  await page.getByLabel(w.chair, { exact: true }).fill('Erika Beispiel');
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.locator('.stale-notice').waitFor();
  await shot('1-stale-save');

  // A record written around the app, as a script with file access would.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('roundtable');
        request.onsuccess = () => {
          const stamp = new Date().toISOString();
          const write = request.result.transaction('partners', 'readwrite');
          write.objectStore('partners').put({
            id: 'outside',
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
          });
          write.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
  );
  await page.goto(`${baseUrl}#/settings`);
  await page.getByRole('button', { name: w.check }).click();
  await page.locator('.audit-result .notice').first().waitFor();
  await shot('2-audit-check');

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
