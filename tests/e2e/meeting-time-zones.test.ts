import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { MeetingPages } from './pages/meetings';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { docxXml, printFrameToPdfText, saveDownload } from './support/files';
import { reloadAndUnlock } from './support/session';
import { appKeys, openRows, sealRows } from './support/sealing';

// Meetings keep the wall-clock time they were planned in, in the browser's zone or another,
// on screen and in every export, whatever zone the reading browser is in.
const words = {
  de: {
    locale: 'de-DE',
    meetings: 'Sitzungen',
    plan: 'Sitzung planen',
    title: 'Titel',
    starts: 'Beginn',
    ends: 'Ende',
    zone: 'Zeitzone',
    save: 'Speichern',
    edit: 'Bearbeiten',
    exportButton: 'Protokoll exportieren …',
    format: 'Format',
    documentLanguage: 'Sprache des Dokuments',
    go: 'Exportieren',
    ics: 'Kalendereinladung (ICS)',
  },
  en: {
    locale: 'en-GB',
    meetings: 'Meetings',
    plan: 'Plan meeting',
    title: 'Title',
    starts: 'Starts',
    ends: 'Ends',
    zone: 'Time zone',
    save: 'Save',
    edit: 'Edit',
    exportButton: 'Export minutes…',
    format: 'Format',
    documentLanguage: 'Language of the document',
    go: 'Export',
    ics: 'Calendar invitation (ICS)',
  },
} as const;
type Words = (typeof words)[keyof typeof words];

interface Exports {
  markdown: string;
  docx: string;
  pdf: string;
  ics: string;
}

let browser: Browser;
const sessions: AppSession[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const session of sessions) await session.context.close();
  await browser?.close();
});

async function start(w: Words, timezoneId: string): Promise<AppSession> {
  const session = await openApp(browser, inject('baseUrl'), w.locale, { timezoneId });
  sessions.push(session);
  await firstStart(session.page, w.locale === 'de-DE' ? 'de' : 'en', 'empty');
  await new AppPage(session.page).navigate(w.meetings);
  return session;
}

/**
 * Plans a meeting on 4 June 2026 (summer time on both sides of the Atlantic), optionally in
 * another zone than the browser's; `onForm` when the planning form is already open.
 */
async function plan(page: Page, w: Words, title: string, { zone, onForm = false }: { zone?: string; onForm?: boolean } = {}): Promise<void> {
  const meetings = new MeetingPages(page);
  if (!onForm) {
    await new AppPage(page).navigate(w.meetings);
    await page.getByRole('link', { name: w.plan }).first().click();
  }
  await meetings.field(w.title).fill(title);
  if (zone) await meetings.field(w.zone).selectOption(zone);
  await meetings.typeDateTime(w.starts, '040620261600');
  await meetings.typeDateTime(w.ends, '040620261800');
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await expect.poll(() => new AppPage(page).heading().textContent()).toBe(title);
}

async function exportAs(page: Page, w: Words, format: string, documentLanguage: 'Deutsch' | 'English'): Promise<Download | null> {
  await page.getByRole('button', { name: w.exportButton }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(w.format, { exact: true }).selectOption({ label: format });
  await dialog.getByLabel(w.documentLanguage, { exact: true }).selectOption({ label: documentLanguage });
  if (format === 'PDF') {
    await dialog.getByRole('button', { name: w.go }).click();
    await page.waitForSelector('iframe[name="roundtable-print"]', { state: 'attached' });
    return null;
  }
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: w.go }).click()]);
  return download;
}

/** Every export of the meeting on screen, as text; whitespace of the PDF's layout collapsed. */
async function exportAll(session: AppSession, w: Words, documentLanguage: 'Deutsch' | 'English'): Promise<Exports> {
  const { page, context } = session;
  const text = async (format: string) => readFileSync(await saveDownload((await exportAs(page, w, format, documentLanguage))!), 'utf8');
  const markdown = await text('Markdown');
  const docx = docxXml(await saveDownload((await exportAs(page, w, 'Word (DOCX)', documentLanguage))!));
  await exportAs(page, w, 'PDF', documentLanguage);
  const pdf = (await printFrameToPdfText(page, context, inject('baseUrl'))).replace(/\s+/g, ' ');
  const ics = await text(w.ics);
  return { markdown, docx, pdf, ics };
}

/** Markdown as a reader sees it: backslash escapes ("New\\_York") undone. */
const unescapeMarkdown = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

function expectEverywhere(exports: Exports, when: string, utcStart: string, utcEnd: string) {
  expect(unescapeMarkdown(exports.markdown)).toContain(when);
  expect(exports.docx).toContain(when);
  expect(exports.pdf).toContain(when);
  expect(exports.ics).toContain(`DTSTART:${utcStart}`);
  expect(exports.ics).toContain(`DTEND:${utcEnd}`);
}

/** The meetings as IndexedDB holds them (read without the app, decrypted with the profile's keys, as a backup would see them). */
async function storedMeetings(page: Page): Promise<unknown[]> {
  const stored = await page.evaluate(
    () =>
      new Promise<object[]>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('meetings').objectStore('meetings').getAll();
          read.onsuccess = () => {
            db.close();
            resolve(read.result as object[]);
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
  return openRows(await appKeys(page), 'meetings', stored);
}

/** Writes meetings into the page's profile, sealed with its keys (as its app would store them). */
async function storeMeetings(page: Page, rows: unknown[]): Promise<void> {
  const sealed = sealRows(await appKeys(page), 'meetings', rows as object[]);
  return page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('meetings', 'readwrite');
          for (const record of records) tx.objectStore('meetings').put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    sealed,
  );
}

let berlin: AppSession;
let newYork: AppSession;

describe('meeting times across time zones', () => {
  it('in a Berlin browser, refuses the hour the clocks skip, naming the zone', async () => {
    berlin = await start(words.de, 'Europe/Berlin');
    const { page } = berlin;
    const meetings = new MeetingPages(page);
    await page.getByRole('link', { name: words.de.plan }).first().click();
    expect(await meetings.field(words.de.zone).inputValue()).toBe('Europe/Berlin');
    await meetings.field(words.de.title).fill('Nachtsitzung');
    await meetings.typeDateTime(words.de.starts, '290320260230');
    await meetings.typeDateTime(words.de.ends, '290320260400');
    await page.getByRole('button', { name: words.de.save, exact: true }).click();
    await expect.poll(() => page.getByText('Diese Uhrzeit gibt es in Europe/Berlin nicht: In dieser Nacht wird die Uhr vorgestellt.').isVisible()).toBe(true);
    expect(page.url()).toMatch(/#\/meetings\/new$/);
    expect(await storedMeetings(page)).toEqual([]);
  });

  it('in a Berlin browser, plans 16:00–18:00 in summer and shows and exports 16:00–18:00', async () => {
    const { page } = berlin;
    // The same form, the times corrected.
    await plan(page, words.de, 'Netzwerktreffen Juni', { onForm: true });
    expect(await page.locator('.definition').textContent()).toContain('04.06.2026, 16:00–18:00');
    expect(await page.locator('.definition').textContent()).not.toContain('Europe/Berlin');
    const exports = await exportAll(berlin, words.de, 'Deutsch');
    expectEverywhere(exports, '04.06.2026, 16:00–18:00 (Europe/Berlin)', '20260604T140000Z', '20260604T160000Z');
    expect(await storedMeetings(page)).toEqual([
      expect.objectContaining({ startsAt: '2026-06-04T14:00:00.000Z', endsAt: '2026-06-04T16:00:00.000Z', timeZone: 'Europe/Berlin' }),
    ]);
    expect(berlin.errors).toEqual([]);
  });

  it('in a New York browser, plans 16:00–18:00 there and shows and exports 16:00–18:00', async () => {
    newYork = await start(words.en, 'America/New_York');
    const { page } = newYork;
    await plan(page, words.en, 'June network meeting');
    expect(await page.locator('.definition').textContent()).toContain('4 Jun 2026, 16:00–18:00');
    expect(await page.locator('.definition').textContent()).not.toContain('America/New_York');
    const exports = await exportAll(newYork, words.en, 'English');
    expectEverywhere(exports, '4 Jun 2026, 16:00–18:00 (America/New_York)', '20260604T200000Z', '20260604T220000Z');
    expect(newYork.errors).toEqual([]);
  });

  it('opens the meeting planned in Berlin in the New York browser at 16:00 (Europe/Berlin), on screen and in every export', async () => {
    const { page } = newYork;
    const planned = await storedMeetings(berlin.page);
    await storeMeetings(page, planned);
    const id = (planned[0] as { id: string }).id;
    // A fresh load, as when the database is opened on another computer (Dexie caches queries of this page).
    await page.goto(`${inject('baseUrl')}#/meetings/${id}`);
    await reloadAndUnlock(page);
    await expect.poll(() => new AppPage(page).heading().textContent()).toBe('Netzwerktreffen Juni');
    expect(await page.locator('.definition').textContent()).toContain('4 Jun 2026, 16:00–18:00 (Europe/Berlin)');
    const exports = await exportAll(newYork, words.en, 'English');
    expectEverywhere(exports, '4 Jun 2026, 16:00–18:00 (Europe/Berlin)', '20260604T140000Z', '20260604T160000Z');

    await new AppPage(page).navigate(words.en.meetings);
    expect(await page.getByRole('row', { name: /Netzwerktreffen Juni/ }).textContent()).toContain('4 Jun 2026, 16:00 (Europe/Berlin)');
    expect(await page.getByRole('row', { name: /June network meeting/ }).textContent()).toContain('4 Jun 2026, 16:00');
    expect(await page.getByRole('row', { name: /June network meeting/ }).textContent()).not.toContain('(');

    // Editing keeps its own zone and wall clock, not New York's.
    await page.getByRole('link', { name: 'Netzwerktreffen Juni' }).click();
    await page.getByRole('link', { name: words.en.edit }).click();
    expect(await new MeetingPages(page).field(words.en.zone).inputValue()).toBe('Europe/Berlin');
    const startField = await page.getByRole('group', { name: words.en.starts, exact: true }).textContent();
    expect(startField?.replace(/[^\d/:, ]/g, '')).toContain('04/06/2026, 16:00');
    await page.getByRole('button', { name: words.en.save, exact: true }).click();
    await expect.poll(() => page.locator('.definition').textContent()).toContain('4 Jun 2026, 16:00–18:00 (Europe/Berlin)');
    expect(newYork.errors).toEqual([]);
  });

  it('in the New York browser, plans a meeting in Berlin’s zone: 16:00 there, 14:00 UTC', async () => {
    const { page } = newYork;
    await plan(page, words.en, 'Berlin partners call', { zone: 'Europe/Berlin' });
    expect(await page.locator('.definition').textContent()).toContain('4 Jun 2026, 16:00–18:00 (Europe/Berlin)');
    const ics = readFileSync(await saveDownload((await exportAs(page, words.en, words.en.ics, 'English'))!), 'utf8');
    expect(ics).toContain('DTSTART:20260604T140000Z');
    expect(newYork.errors).toEqual([]);
  });
});
