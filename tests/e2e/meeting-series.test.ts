/**
 * A meeting series as a coordinator runs it, in German and in English: the second meeting
 * takes over invitees, place, chair and minute-taker from the first (visibly, editable) and
 * starts with the series' standing agenda items; the end follows the start; marking a meeting
 * held before it starts asks first; approval names who approved; an amendment shows the
 * earlier circulation out of date. Screenshots at 1366×768 go to test-results/screenshots.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart, testUser } from './pages/app';
import { MeetingPages } from './pages/meetings';
import { launchBrowser, openApp, type AppSession } from './support/browser';

const words = {
  de: {
    locale: 'de-DE',
    meetings: 'Sitzungen',
    plan: 'Sitzung planen',
    title: 'Titel',
    series: 'Reihe',
    newSeries: 'Neue Reihe …',
    newSeriesName: 'Name der neuen Reihe',
    seriesName: 'Monatliches Netzwerktreffen',
    starts: 'Beginn',
    ends: 'Ende',
    place: 'Ort',
    chair: 'Sitzungsleitung',
    minuteTaker: 'Protokollführung',
    partners: ['Polizeipräsidium Musterstadt', 'Gesamtschule Am Lindenpark'],
    save: 'Speichern',
    seriesLink: 'Reihen und feste Punkte',
    seriesHeading: 'Sitzungsreihen',
    editItems: 'Feste Punkte bearbeiten',
    addItem: 'Festen Punkt hinzufügen',
    item: (n: number) => `Punkt ${n}`,
    duration: 'Geplante Dauer (Min.)',
    standing: ['Berichte aus den Partnerorganisationen', 'Termine und Verschiedenes'],
    twentyMinutes: '20 Min.',
    mattersArising: 'Offene Punkte aus früheren Sitzungen',
    prefilled: 'Übernommen aus der letzten Sitzung dieser Reihe, „Netzwerktreffen März“',
    standingNote: 'Die 2 festen Tagesordnungspunkte der Reihe kommen in die neue Sitzung.',
    firstSpan: '05.03.2026, 14:00',
    firstEnd: '16:00',
    hold: 'Als stattgefunden markieren',
    holdEarlyTitle: 'Schon vor Beginn als stattgefunden markieren?',
    holdEarlyConfirm: 'Jetzt als stattgefunden markieren',
    cancel: 'Abbrechen',
    held: 'Stattgefunden – Protokoll im Entwurf',
    planned: 'Geplant',
    approve: 'Protokoll genehmigen',
    approvedBy: 'Genehmigt von',
    circulate: 'Verteilung festhalten',
    to: 'An wen',
    amend: 'Protokoll ergänzen',
    reason: 'Grund der Ergänzung',
    amendConfirm: 'Zur Ergänzung öffnen',
    outdated: 'Veraltet',
    circulateAgain: 'Sobald das ergänzte Protokoll genehmigt ist, verteilen Sie es erneut',
    fromMeeting: 'Tagesordnung einer Sitzung übernehmen',
    takeAgenda: 'Diese Tagesordnung verwenden',
    replace: 'Ersetzen',
    taken: '2 feste Punkte aus der Tagesordnung der Sitzung übernommen.',
  },
  en: {
    locale: 'en-GB',
    meetings: 'Meetings',
    plan: 'Plan meeting',
    title: 'Title',
    series: 'Series',
    newSeries: 'New series …',
    newSeriesName: 'Name of the new series',
    seriesName: 'Monthly network meeting',
    starts: 'Starts',
    ends: 'Ends',
    place: 'Place',
    chair: 'Chair',
    minuteTaker: 'Minute-taker',
    partners: ['Musterstadt Police', 'Lindenpark Comprehensive School'],
    save: 'Save',
    seriesLink: 'Series and standing items',
    seriesHeading: 'Meeting series',
    editItems: 'Edit standing items',
    addItem: 'Add standing item',
    item: (n: number) => `Item ${n}`,
    duration: 'Planned duration (min.)',
    standing: ['Reports from partner organisations', 'Dates and any other business'],
    twentyMinutes: '20 min.',
    mattersArising: 'Matters arising',
    prefilled: 'Taken over from the last meeting of this series, “Netzwerktreffen März”',
    standingNote: 'The series’ 2 standing agenda items are added to the new meeting.',
    firstSpan: '5 Mar 2026, 14:00',
    firstEnd: '16:00',
    hold: 'Mark as held',
    holdEarlyTitle: 'Mark as held before it starts?',
    holdEarlyConfirm: 'Mark as held now',
    cancel: 'Cancel',
    held: 'Held – minutes in draft',
    planned: 'Planned',
    approve: 'Approve minutes',
    approvedBy: 'Approved by',
    circulate: 'Record circulation',
    to: 'To whom',
    amend: 'Amend minutes',
    reason: 'Reason for the amendment',
    amendConfirm: 'Reopen for amendment',
    outdated: 'Out of date',
    circulateAgain: 'Once the amended minutes are approved, circulate them again',
    fromMeeting: 'Take the agenda of a meeting',
    takeAgenda: 'Use this agenda',
    replace: 'Replace',
    taken: '2 standing items taken from the meeting’s agenda.',
  },
} as const;

const shots = 'test-results/screenshots';

for (const language of ['de', 'en'] as const) {
  const w = words[language];
  describe(`a meeting series, in the ${language === 'de' ? 'German' : 'English'} UI`, () => {
    let browser: Browser;
    let session: AppSession;
    let app: AppPage;
    let meetings: MeetingPages;
    let page: Page;
    // Without the notices, which would cover the page (they were looked at separately).
    const shot = async (name: string) => {
      const notices = page.locator('.notices');
      const shown = (await notices.count()) > 0;
      if (shown) await notices.evaluate((element: HTMLElement) => (element.style.visibility = 'hidden'));
      await page.screenshot({ path: `${shots}/${language}-${name}.png` });
      if (shown) await notices.evaluate((element: HTMLElement) => (element.style.visibility = ''));
    };

    beforeAll(async () => {
      mkdirSync(shots, { recursive: true });
      browser = await launchBrowser();
      session = await openApp(browser, inject('baseUrl'), w.locale);
      page = session.page;
      await page.setViewportSize({ width: 1366, height: 768 });
      app = new AppPage(page);
      meetings = new MeetingPages(page);
      await firstStart(page, language, 'example');
    });
    afterAll(async () => {
      await session?.context.close();
      await browser?.close();
    });

    it('plans the first meeting of a new series; the end follows the start', async () => {
      await app.navigate(w.meetings);
      await page.getByRole('link', { name: w.plan }).first().click();
      await meetings.field(w.title).fill('Netzwerktreffen März');
      await meetings.field(w.series).selectOption({ label: w.newSeries });
      await meetings.field(w.newSeriesName).fill(w.seriesName);
      // Only the start is typed: the end moves with it, keeping the two hours the form began with.
      await meetings.typeDateTime(w.starts, '050320261400');
      await meetings.field(w.place).fill('Rathaus, Raum 3');
      await meetings.field(w.chair).fill('Erika Beispiel');
      await meetings.field(w.minuteTaker).fill('Jonas Muster');
      for (const partner of w.partners) await page.getByLabel(partner, { exact: true }).check();
      await page.getByRole('button', { name: w.save, exact: true }).click();
      await expect.poll(() => app.heading().textContent()).toBe('Netzwerktreffen März');
      const summary = (await page.locator('.definition').textContent()) ?? '';
      expect(summary).toContain(w.firstSpan);
      expect(summary).toMatch(new RegExp(`14:00\\s*[–-]\\s*${w.firstEnd}`));
    });

    it('keeps standing agenda items on the series', async () => {
      await app.navigate(w.meetings);
      await page.getByRole('link', { name: w.seriesLink }).click();
      await expect.poll(() => app.heading().textContent()).toBe(w.seriesHeading);
      const card = page.locator('section.card').filter({ has: page.getByRole('heading', { name: w.seriesName, exact: true }) });
      await card.getByRole('button', { name: w.editItems }).click();
      for (const [index, title] of w.standing.entries()) {
        await card.getByRole('button', { name: w.addItem }).click();
        await card.getByLabel(w.item(index + 1), { exact: true }).fill(title);
      }
      await card.getByLabel(w.duration, { exact: true }).first().fill('20');
      await shot('series-editor');
      await card.getByRole('button', { name: w.save, exact: true }).click();
      await expect.poll(() => card.locator('.template-list li').allTextContents()).toEqual([`${w.standing[0]} · ${w.twentyMinutes}`, w.standing[1]]);
      await shot('series-page');
    });

    it('plans the next meeting with what the last one had, visibly, and the standing items', async () => {
      await app.navigate(w.meetings);
      await page.getByRole('link', { name: w.plan }).first().click();
      await meetings.field(w.title).fill('Netzwerktreffen April');
      await meetings.field(w.series).selectOption({ label: w.seriesName });
      await expect.poll(() => page.locator('.series-prefill').textContent()).toContain(w.prefilled);
      expect(await page.locator('.series-prefill').textContent()).toContain(w.standingNote);
      expect(await meetings.field(w.place).inputValue()).toBe('Rathaus, Raum 3');
      expect(await meetings.field(w.chair).inputValue()).toBe('Erika Beispiel');
      expect(await meetings.field(w.minuteTaker).inputValue()).toBe('Jonas Muster');
      for (const partner of w.partners) expect(await page.getByLabel(partner, { exact: true }).isChecked()).toBe(true);
      await shot('prefilled-form');
      // Editable like any field: this time elsewhere. Planned a year ahead, so "held" is early.
      await meetings.field(w.place).fill('Jugendhaus Nord');
      await meetings.typeDateTime(w.starts, '050320271400');
      // An end set by hand stays where it was put when the start moves again.
      await meetings.typeDateTime(w.ends, '050320271530');
      await meetings.typeDateTime(w.starts, '050320271300');
      await page.getByRole('button', { name: w.save, exact: true }).click();
      await expect.poll(() => app.heading().textContent()).toBe('Netzwerktreffen April');
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('Jugendhaus Nord');
      expect(await page.locator('.definition').textContent()).toMatch(/13:00\s*[–-]\s*15:30/);
      expect(main).toContain('Erika Beispiel');
      expect(main).toContain('Kim Probe');
      expect(main).toContain('Sam Entwurf');
      expect(await page.locator('.agenda-item h3').allTextContents()).toEqual([
        expect.stringContaining(w.mattersArising),
        expect.stringContaining(w.standing[0]),
        expect.stringContaining(w.standing[1]),
      ]);
    });

    it('asks before marking the meeting held before its start', async () => {
      await page.getByRole('button', { name: w.hold }).click();
      const dialog = page.getByRole('alertdialog');
      await expect.poll(() => dialog.getByRole('heading').textContent()).toBe(w.holdEarlyTitle);
      expect(await dialog.textContent()).toMatch(/13:00/);
      await shot('hold-early');
      await dialog.getByRole('button', { name: w.cancel }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await page.locator('.definition').textContent()).toContain(w.planned);
      await page.getByRole('button', { name: w.hold }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: w.holdEarlyConfirm }).click();
      await expect.poll(() => page.locator('.definition').textContent()).toContain(w.held);
    });

    it('names who approved, and shows a circulation sent before an amendment out of date', async () => {
      await page.getByRole('button', { name: w.approve }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: w.approve }).click();
      await expect.poll(() => page.locator('.definition').textContent()).toContain(w.approvedBy);
      expect(await page.locator('.definition').textContent()).toContain(`${testUser.name} (${testUser.organisation})`);
      await shot('approved-by');
      await page.getByRole('button', { name: w.circulate }).click();
      await page.getByRole('dialog').getByLabel(w.to, { exact: true }).fill('Alle Mitglieder');
      await page.getByRole('dialog').getByRole('button', { name: w.circulate }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: w.amend }).click();
      await page.getByRole('dialog').getByLabel(w.reason, { exact: true }).fill('Name korrigiert');
      await page.getByRole('dialog').getByRole('button', { name: w.amendConfirm }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain(w.outdated);
      expect(await page.locator('main').textContent()).toContain(w.circulateAgain);
      await page.locator('.notice.warn').scrollIntoViewIfNeeded();
      await shot('outdated-circulation');
      expect(session.errors).toEqual([]);
    });

    it('takes the standing items from a meeting’s agenda', async () => {
      await app.navigate(w.meetings);
      await page.getByRole('link', { name: w.seriesLink }).click();
      const card = page.locator('section.card').filter({ has: page.getByRole('heading', { name: w.seriesName, exact: true }) });
      expect(await card.getByLabel(w.fromMeeting, { exact: true }).locator('option').first().textContent()).toContain('Netzwerktreffen April');
      await card.getByRole('button', { name: w.takeAgenda }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: w.replace }).click();
      await expect.poll(() => app.notices().textContent()).toContain(w.taken);
      expect(session.errors).toEqual([]);
    });
  });
}
