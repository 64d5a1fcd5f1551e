/**
 * The one search (Ctrl+K), in both languages: it finds a meeting by a word in its minutes
 * (saved a moment before, so the index followed the write) and a case by its code (seeded
 * into the database, so the index was built at unlock), and Enter opens the record. Locking
 * drops the index and the text typed: after unlocking, the field is empty and the search
 * works again.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstStart } from './pages/app';
import { launchBrowser, openApp } from './support/browser';
import { seedLargeReferrals } from './support/seed-large-referrals';
import { reloadAndUnlock, sessionWords, unlock } from './support/session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const cases = [
  {
    language: 'en',
    locale: 'en-GB',
    words: {
      meetings: 'Meetings',
      plan: 'Plan meeting',
      title: 'Title',
      save: 'Save',
      addItem: 'Add agenda item',
      minutes: 'Minutes',
      search: 'Search everything',
      meetingGroup: 'Meetings',
      caseGroup: 'Cases',
      inMinutes: 'Minutes: Schoolyard conflicts',
    },
    meeting: 'Steering group spring',
    minutes: 'The schools report fewer playground quarrels since the mediation programme started.',
    typed: 'playgrund quarr',
  },
  {
    language: 'de',
    locale: 'de-DE',
    words: {
      meetings: 'Sitzungen',
      plan: 'Sitzung planen',
      title: 'Titel',
      save: 'Speichern',
      addItem: 'Tagesordnungspunkt hinzufügen',
      minutes: 'Protokoll',
      search: 'Alles durchsuchen',
      meetingGroup: 'Sitzungen',
      caseGroup: 'Fälle',
      inMinutes: 'Protokoll: Schoolyard conflicts',
    },
    meeting: 'Steuerungsgruppe Frühjahr',
    minutes: 'Die Schulen berichten von weniger Schulhofkonflikten, seit die Streitschlichtung begonnen hat.',
    typed: 'SCHULHOFKONFLIKTE',
  },
] as const;

/** The case codes the database holds (plaintext: the code is indexed), read as a seed would. */
function caseCodes(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const keys = request.result.transaction('referrals').objectStore('referrals').index('caseCode').getAllKeys();
          keys.onerror = () => reject(keys.error);
          keys.onsuccess = () => {
            const codes = request.result.transaction('referrals').objectStore('referrals').index('caseCode');
            const all = codes.openKeyCursor();
            const found: string[] = [];
            all.onsuccess = () => {
              const cursor = all.result;
              if (!cursor) {
                request.result.close();
                return resolve(found);
              }
              found.push(cursor.key as string);
              cursor.continue();
            };
          };
        };
      }),
  );
}

describe.each(cases)('the one search ($language)', ({ language, locale, words, meeting, minutes, typed }) => {
  it('finds a meeting by its minutes and a case by its code, opens them with Enter, and forgets everything on lock', { timeout: 120_000 }, async () => {
    const session = await openApp(browser, inject('baseUrl'), locale);
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    const app = await firstStart(page, language, 'example');

    // Cases seeded into the database: the index reads them at the next unlock.
    await seedLargeReferrals(page, { referrals: 4, partners: 13, contactsPerPartner: 1, eventsPerReferral: 2, auditPerReferral: 1, today: '2026-12-01' });
    await reloadAndUnlock(page);
    const [code] = await caseCodes(page);
    expect(code).toMatch(/^RT-\d{4}-\d{4}$/);

    // A meeting saved now: the index learns of it from the commit.
    await app.navigate(words.meetings);
    await page.getByRole('link', { name: words.plan }).first().click();
    await page.getByLabel(words.title, { exact: true }).fill(meeting);
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe(meeting);
    await page.getByRole('button', { name: words.addItem }).click();
    const editor = page.locator('.agenda-editor');
    await editor.getByLabel(words.title, { exact: true }).fill('Schoolyard conflicts');
    await editor.getByLabel(words.minutes, { exact: true }).fill(minutes);
    await editor.getByRole('button', { name: words.save, exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    const meetingUrl = page.url();
    await app.navigate(words.meetings);

    // Ctrl+K, a word of the minutes (with a typo, or in capitals), Enter.
    await page.keyboard.press('Control+k');
    const field = page.getByRole('searchbox', { name: words.search });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await field.fill(typed);
    const results = page.getByRole('menu');
    const found = results.getByRole('menuitem').filter({ hasText: meeting });
    await expect.poll(() => found.count()).toBe(1);
    expect(await found.textContent()).toContain(words.inMinutes);
    expect(await results.getByRole('group', { name: words.meetingGroup }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => app.heading().textContent()).toBe(meeting);
    expect(page.url()).toBe(meetingUrl);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // The case by its code.
    await page.keyboard.press('Control+k');
    await field.fill(code!);
    const caseResult = results.getByRole('menuitem', { name: code!, exact: true });
    await expect.poll(() => caseResult.count()).toBe(1);
    expect(await results.getByRole('group', { name: words.caseGroup }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => app.heading().textContent()).toBe(code);
    expect(page.url()).toMatch(/#\/referrals\/[0-9a-f-]{36}$/);

    // Arrow keys move through the results; Escape clears, then closes.
    await page.keyboard.press('Control+k');
    expect(await field.inputValue()).toBe(code);
    await page.keyboard.press('Escape');
    expect(await field.inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Locking drops the index and the text; after unlocking the search works again.
    await page.keyboard.press('Control+k');
    await field.fill(code!);
    await expect.poll(() => caseResult.count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: sessionWords[language].lock }).click();
    await unlock(page, language);
    await page.keyboard.press('Control+k');
    await expect.poll(() => field.count()).toBe(1);
    expect(await field.inputValue()).toBe('');
    await field.fill(typed);
    await expect.poll(() => found.count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.heading().textContent()).toBe(meeting);

    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
