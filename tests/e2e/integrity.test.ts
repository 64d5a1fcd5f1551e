/**
 * Nothing is silently overwritten or written into the wrong schema: two windows on the same
 * database, as a coordinator with two windows open (or a colleague at a shared laptop) has.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { MeetingPages } from './pages/meetings';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { gotoAndUnlock, reloadAndUnlock } from './support/session';

let browser: Browser;
let session: AppSession;
let first: Page;
let second: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'de-DE');
  first = session.page;
  await firstStart(first, 'de', 'example');
  // The second window: same browser profile, same database.
  second = await session.context.newPage();
  second.on('pageerror', (error) => session.errors.push(error.message));
  await gotoAndUnlock(second, inject('baseUrl'));
  await new AppPage(second).heading().filter({ hasText: 'Übersicht' }).waitFor();
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

async function planMeeting(page: Page, title: string): Promise<string> {
  const app = new AppPage(page);
  await app.navigate('Sitzungen');
  await page.getByRole('link', { name: 'Sitzung planen' }).first().click();
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect.poll(() => app.heading().textContent()).toBe(title);
  return page.url();
}

describe('two windows on the same meeting', () => {
  it('refuses the save based on the older version, keeps what was typed, and loses nothing of the other', async () => {
    const url = await planMeeting(first, 'Netzwerktreffen Juni');
    // Both windows open the planning form of the same meeting.
    await first.goto(`${url}/edit`);
    await second.goto(`${url}/edit`);
    const place = (page: Page) => page.getByLabel('Ort', { exact: true });
    await place(first).waitFor();
    await place(second).waitFor();

    // The first window changes the place and saves.
    await place(first).fill('Rathaus, Raum 101');
    await first.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => new AppPage(first).heading().textContent()).toBe('Netzwerktreffen Juni');

    // The second, still on the old version, changes the chair: refused, with the reason.
    await second.getByLabel('Sitzungsleitung', { exact: true }).fill('Erika Beispiel');
    await second.getByRole('button', { name: 'Speichern', exact: true }).click();
    const notice = second.getByRole('alert').filter({ hasText: 'Anderswo geändert' });
    await expect.poll(() => notice.textContent()).toContain('wurde anderswo (in einem anderen Fenster) geändert');
    // What was typed is still there to copy; the page did not move on.
    expect(await second.getByLabel('Sitzungsleitung', { exact: true }).inputValue()).toBe('Erika Beispiel');
    expect(second.url()).toMatch(/\/edit$/);

    // Loading the current version shows the other window's place; nothing of it was lost.
    await notice.getByRole('button', { name: 'Aktuelle Fassung laden' }).click();
    await expect.poll(() => place(second).inputValue()).toBe('Rathaus, Raum 101');
    expect(await second.getByLabel('Sitzungsleitung', { exact: true }).inputValue()).toBe('');
    // Now based on the current version, the chair saves, and both changes are kept.
    await second.getByLabel('Sitzungsleitung', { exact: true }).fill('Erika Beispiel');
    await second.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => new AppPage(second).heading().textContent()).toBe('Netzwerktreffen Juni');
    const summary = await second.locator('main').textContent();
    expect(summary).toContain('Rathaus, Raum 101');
    expect(summary).toContain('Erika Beispiel');
    expect(session.errors).toEqual([]);
  });

  it('says precisely why a stale edit of since-approved minutes is refused, not that storage failed', async () => {
    const url = await planMeeting(first, 'Fallkonferenz Juli');
    await second.goto(url);
    await new MeetingPages(second).addItem({ title: 'Bericht', minutes: 'Erster Stand' });
    // The first window opens the item's editor; meanwhile the second holds and approves the minutes.
    await first.goto(url);
    const item = new MeetingPages(first).agendaItem('TOP 1: Bericht');
    await item.getByRole('button', { name: /bearbeiten/ }).click();
    await second.getByRole('button', { name: 'Als stattgefunden markieren' }).click();
    // Planned for the next full hour: marking it held before its start asks first.
    await second.getByRole('alertdialog').getByRole('button', { name: 'Jetzt als stattgefunden markieren' }).click();
    await second.getByRole('button', { name: 'Protokoll genehmigen' }).click();
    await second.getByRole('alertdialog').getByRole('button', { name: 'Protokoll genehmigen' }).click();
    await expect.poll(() => second.getByText('Dieses Protokoll ist genehmigt').count()).toBeGreaterThan(0);

    await first.locator('.agenda-editor').getByLabel('Protokoll', { exact: true }).fill('Zweiter Stand');
    await first.locator('.agenda-editor').getByRole('button', { name: 'Speichern', exact: true }).click();
    const notices = new AppPage(first).notices();
    await expect.poll(() => notices.textContent()).toContain('Dieses Protokoll ist genehmigt und gesperrt; es wurde nichts geändert.');
    expect(await notices.textContent()).not.toContain('unerwartet');
    // The editor keeps the text; leaving it asks first, as with any unsaved form.
    await first.locator('.agenda-editor').getByRole('button', { name: 'Abbrechen', exact: true }).click();
    expect(session.errors).toEqual([]);
  });
});

describe('two windows on the same case', () => {
  it('refuses the older save of a case and keeps the newer one', async () => {
    const app = new AppPage(first);
    await app.navigate('Fallmeldungen');
    await first.getByRole('link', { name: 'Fallmeldung erfassen' }).first().click();
    await first.getByLabel('Meldende Partnerorganisation', { exact: true }).selectOption({ label: 'Gesamtschule Am Lindenpark' });
    await first.getByLabel('Rechtsextremismus').check();
    await first.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toMatch(/^RT-\d{4}-\d{4}$/);
    const url = first.url();

    await first.goto(`${url}/edit`);
    await second.goto(`${url}/edit`);
    const summary = (page: Page) => page.getByLabel('Zusammenfassung der Sorge', { exact: true });
    await summary(first).fill('Aus dem ersten Fenster');
    await first.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => first.url()).not.toMatch(/\/edit$/);

    await second.getByLabel('Gebiet oder Stadtteil', { exact: true }).fill('Nordstadt');
    await second.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => second.getByRole('alert').filter({ hasText: 'Anderswo geändert' }).count()).toBe(1);
    expect(await second.getByLabel('Gebiet oder Stadtteil', { exact: true }).inputValue()).toBe('Nordstadt');

    await reloadAndUnlock(first);
    await expect.poll(() => first.locator('main').textContent()).toContain('Aus dem ersten Fenster');
    expect(await first.locator('main').textContent()).not.toContain('Nordstadt');
    expect(session.errors).toEqual([]);
  });
});

describe('a newer version opened in another window', () => {
  it('stops this window from writing, says so, and never touches the newer schema', async () => {
    await gotoAndUnlock(first, inject('baseUrl'));
    await new AppPage(first).navigate('Partnerorganisationen');
    await first.getByRole('link', { name: 'Neue Partnerorganisation' }).first().click();
    await first.getByLabel('Name', { exact: true }).first().fill('Neue Beratungsstelle');

    // A newer Roundtable in the second window upgrades the database (IndexedDB version 990).
    const upgraded = await second.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const request = indexedDB.open('roundtable', 990);
          request.onupgradeneeded = () => request.result.createObjectStore('futureStore');
          request.onsuccess = () => {
            const names = Array.from(request.result.objectStoreNames);
            request.result.close();
            resolve(names);
          };
          request.onerror = () => reject(request.error);
          request.onblocked = () => reject(new Error('blocked by the older window'));
        }),
    );
    expect(upgraded).toContain('futureStore');

    const banner = first.getByRole('alert').filter({ hasText: 'Roundtable wurde in einem anderen Fenster aktualisiert' });
    await expect.poll(() => banner.count()).toBe(1);
    // What was typed stays on the page to copy; saving is refused with the reason.
    expect(await first.getByLabel('Name', { exact: true }).first().inputValue()).toBe('Neue Beratungsstelle');
    await first.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => new AppPage(first).notices().textContent()).toContain('Dieses Fenster speichert nicht mehr');

    // Nothing was written into the newer database: still version 990, no new partner.
    const after = await second.evaluate(
      () =>
        new Promise<{ version: number; names: string[] }>((resolve) => {
          const request = indexedDB.open('roundtable');
          request.onsuccess = () => {
            const db = request.result;
            const read = db.transaction('partners').objectStore('partners').getAll();
            read.onsuccess = () => {
              resolve({ version: db.version, names: (read.result as { name: string }[]).map((partner) => partner.name) });
              db.close();
            };
          };
        }),
    );
    expect(after.version).toBe(990);
    expect(after.names).not.toContain('Neue Beratungsstelle');
    // Reloading the older window refuses the newer data instead of opening it.
    await first.reload();
    await expect.poll(() => first.getByRole('alert').textContent()).toContain('mit einer neueren Version von Roundtable gespeichert');
    // The console warnings of the closed connection are expected; page errors are not.
    expect(session.errors.filter((error) => !/newer|neueren|VersionError|upgraded/i.test(error))).toEqual([]);
  });
});
