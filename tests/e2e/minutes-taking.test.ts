/**
 * Taking a whole meeting's minutes in the focused view, by keyboard alone, in German and in
 * English: several items, a decision, an action (due before today, so overdue at once); then
 * they are on the meeting page and in the action tracker. With ROUNDTABLE_SCREENSHOTS set to
 * a folder, it also keeps screenshots at 1366×768 for looking at.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstStart } from './pages/app';
import { MeetingPages } from './pages/meetings';
import { launchBrowser, openApp } from './support/browser';
import { gotoAndUnlock, reloadAndUnlock } from './support/session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const words = {
  de: {
    locale: 'de-DE',
    meetings: 'Sitzungen',
    plan: 'Sitzung planen',
    title: 'Titel',
    save: 'Speichern',
    addItem: 'Tagesordnungspunkt hinzufügen',
    takeMinutes: 'Protokoll führen',
    progress: (n: number) => `TOP ${n} von 3`,
    minutes: (n: number, title: string) => `Protokoll: TOP ${n}: ${title}`,
    newDecision: 'Neuer Beschluss',
    newAction: 'Neue Aufgabe',
    addAction: 'Aufgabe hinzufügen',
    lateHint: 'Dieses Fälligkeitsdatum ist schon vorbei',
    saved: 'Gespeichert',
    finish: 'Fertig: zurück zur Sitzung',
    actions: 'Aufgaben',
    tracker: 'Aufgabenliste',
    overdue: 'Überfällig',
    guestName: 'Name des Gasts',
    addGuest: 'Gast hinzufügen',
    attendanceSaved: 'Anwesenheit gespeichert.',
    starts: 'Beginn',
    ends: 'Ende',
    carry: (title: string) => `„${title}“ in eine spätere Sitzung übertragen`,
    carryConfirm: 'Übertragen',
    cancel: 'Abbrechen',
    noLater: 'Es gibt keine spätere Sitzung mit offenem Protokoll',
    carriedTo: 'Übertragen in „Netzwerk 13“ vom 05.01.2028',
    carriedFrom: 'Übertragen aus „Netzwerk 12“ vom',
    items: ['Lagebild', 'Förderantrag', 'Termine'],
    text: ['Die Polizei berichtet: Lage ruhig.', 'Antrag bis März vorbereiten.', 'Nächstes Treffen im April.'],
    decision: 'Das Lagebild wird monatlich erstellt.',
    action: 'Antrag beim Land einreichen',
  },
  en: {
    locale: 'en-GB',
    meetings: 'Meetings',
    plan: 'Plan meeting',
    title: 'Title',
    save: 'Save',
    addItem: 'Add agenda item',
    takeMinutes: 'Take minutes',
    progress: (n: number) => `Item ${n} of 3`,
    minutes: (n: number, title: string) => `Minutes: Item ${n}: ${title}`,
    newDecision: 'New decision',
    newAction: 'New action',
    addAction: 'Add action',
    lateHint: 'This due date has passed',
    saved: 'Saved',
    finish: 'Finish: back to the meeting',
    actions: 'Actions',
    tracker: 'Action tracker',
    overdue: 'Overdue',
    guestName: 'Guest’s name',
    addGuest: 'Add guest',
    attendanceSaved: 'Attendance saved.',
    starts: 'Starts',
    ends: 'Ends',
    carry: (title: string) => `Carry “${title}” over to a later meeting`,
    carryConfirm: 'Carry over',
    cancel: 'Cancel',
    noLater: 'There is no later meeting still taking minutes',
    carriedTo: 'Carried over to “Netzwerk 13”, 5 Jan 2028',
    carriedFrom: 'Carried over from “Netzwerk 12”,',
    items: ['Situation report', 'Funding bid', 'Dates'],
    text: ['The police report: all quiet.', 'Prepare the bid by March.', 'Next meeting in April.'],
    decision: 'The situation report is written monthly.',
    action: 'Submit the bid to the state',
  },
} as const;

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
    return labelled ?? element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
  });

/** Presses Tab (or Shift+Tab) until the focus is on what `name` names (at most 12 times): the keyboard way there. */
async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 12; presses += 1) {
    if ((await focusedLabel(page)) === name) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached “${name}”; the focus is on “${await focusedLabel(page)}”`);
}

async function shoot(page: Page, name: string): Promise<void> {
  const folder = process.env['ROUNDTABLE_SCREENSHOTS'];
  if (folder) await page.screenshot({ path: `${folder}/${name}.png` });
}

describe.each(['de', 'en'] as const)('minute-taking view (%s)', (language) => {
  const w = words[language];

  it('takes a full meeting’s minutes by keyboard alone; they are on the meeting page and in the tracker', async () => {
    const session = await openApp(browser, inject('baseUrl'), w.locale);
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    const app = await firstStart(page, language, 'example');

    // Planning (not the subject here): a meeting with three items.
    await app.navigate(w.meetings);
    await page.getByRole('link', { name: w.plan }).first().click();
    await page.getByLabel(w.title, { exact: true }).fill('Netzwerk 12');
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Netzwerk 12');
    for (const title of w.items) {
      await page.getByRole('button', { name: w.addItem }).click();
      await page.locator('.agenda-editor').getByLabel(w.title, { exact: true }).fill(title);
      await page.locator('.agenda-editor').getByRole('button', { name: w.save, exact: true }).click();
      await page.locator('.agenda-editor').waitFor({ state: 'detached' });
    }

    // From here on, the keyboard only.
    await page.getByRole('link', { name: w.takeMinutes }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(w.progress(1), { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => focusedLabel(page)).toBe(w.minutes(1, w.items[0]));
    await page.keyboard.type(w.text[0]);
    await expect.poll(() => page.locator('.save-state').textContent()).toBe(w.saved);

    // A decision: Tab to its line, type, Enter.
    await tabTo(page, w.newDecision);
    await page.keyboard.type(w.decision);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.minutes-pane ol.decisions li').allTextContents()).toEqual([w.decision]);

    // An action, due before today: owner by arrow key, the date typed, Enter on "add".
    await tabTo(page, w.newAction);
    await page.keyboard.type(w.action);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('01022026');
    await expect.poll(() => page.getByText(w.lateHint).isVisible()).toBe(true);
    await tabTo(page, w.addAction);
    await shoot(page, `minutes-view-action-${language}`);
    await page.keyboard.press('Enter');
    const listed = page.locator('.minutes-actions li');
    await expect.poll(() => listed.textContent()).toContain(w.action);
    expect(await listed.textContent()).toContain(w.overdue);

    // Next item by shortcut; the cursor lands in its minutes.
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.getByText(w.progress(2), { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => focusedLabel(page)).toBe(w.minutes(2, w.items[1]));
    await page.keyboard.type(w.text[1]);
    // Moving on at once saves what is typed first, without waiting for the pause.
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.getByText(w.progress(3), { exact: true }).isVisible()).toBe(true);
    await page.keyboard.type(w.text[2]);
    await expect.poll(() => page.locator('.save-state').textContent()).toBe(w.saved);
    await shoot(page, `minutes-view-${language}`);
    // Back one item: what was typed there is there.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.getByText(w.progress(2), { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel(w.minutes(2, w.items[1]), { exact: true }).inputValue()).toBe(w.text[1]);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.getByText(w.progress(3), { exact: true }).isVisible()).toBe(true);
    await tabTo(page, w.finish, 'Shift+Tab');
    await page.keyboard.press('Enter');

    // On the meeting page: every item's minutes, the decision, the action marked overdue.
    await expect.poll(() => app.heading().textContent()).toBe('Netzwerk 12');
    for (const [index, title] of w.items.entries()) {
      const card = page.locator('.agenda-item').filter({ has: page.getByRole('heading', { name: new RegExp(`: ${title}$`) }) });
      await expect.poll(() => card.textContent()).toContain(w.text[index]);
    }
    const first = page.locator('.agenda-item').first();
    expect(await first.locator('ol.decisions').textContent()).toBe(w.decision);
    const actionRow = first.getByRole('row').filter({ hasText: w.action });
    expect(await actionRow.textContent()).toContain(w.overdue);
    await first.scrollIntoViewIfNeeded();
    await shoot(page, `meeting-page-${language}`);

    // And in the tracker, marked the same way.
    await app.navigate(w.actions);
    await expect.poll(() => app.heading().textContent()).toBe(w.tracker);
    await expect.poll(() => page.getByRole('row').filter({ hasText: w.action }).textContent()).toContain(w.overdue);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('says attendance was saved; carries an open item over to a later meeting, and says so when there is none', async () => {
    const session = await openApp(browser, inject('baseUrl'), w.locale);
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    const app = await firstStart(page, language, 'example');
    const meetings = new MeetingPages(page);
    const plan = async (title: string, starts: string, ends: string) => {
      await app.navigate(w.meetings);
      await page.getByRole('link', { name: w.plan }).first().click();
      await page.getByLabel(w.title, { exact: true }).fill(title);
      await meetings.typeDateTime(w.starts, starts);
      await meetings.typeDateTime(w.ends, ends);
      await page.getByRole('button', { name: w.save, exact: true }).click();
      await expect.poll(() => app.heading().textContent()).toBe(title);
    };
    await plan('Netzwerk 12', '050320271400', '050320271600');
    const meetingUrl = page.url();
    // Attendance no longer saves silently.
    await page.getByLabel(w.guestName, { exact: true }).fill('Alex Gast');
    await page.getByRole('button', { name: w.addGuest }).click();
    await expect.poll(() => app.notices().textContent()).toContain(w.attendanceSaved);
    await page.getByRole('button', { name: w.addItem }).click();
    await page.locator('.agenda-editor').getByLabel(w.title, { exact: true }).fill(w.items[1]);
    await page.locator('.agenda-editor').getByRole('button', { name: w.save, exact: true }).click();
    await page.locator('.agenda-editor').waitFor({ state: 'detached' });

    // No later meeting yet: the dialog says so and offers nothing.
    await page.getByRole('button', { name: w.carry(w.items[1]) }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain(w.noLater);
    await shoot(page, `carry-over-none-${language}`);
    await page.getByRole('dialog').getByRole('button', { name: w.cancel }).click();

    await plan('Netzwerk 13', '050120281400', '050120281600');
    await page.goto(meetingUrl);
    await app.heading().filter({ hasText: 'Netzwerk 12' }).waitFor();
    await page.getByRole('button', { name: w.carry(w.items[1]) }).click();
    await shoot(page, `carry-over-dialog-${language}`);
    await page.getByRole('dialog').getByRole('button', { name: w.carryConfirm, exact: true }).click();
    const original = page.locator('.agenda-item').first();
    await expect.poll(() => original.textContent()).toContain(w.carriedTo);
    // Carried once: not offered again.
    expect(await page.getByRole('button', { name: w.carry(w.items[1]) }).count()).toBe(0);
    await shoot(page, `carry-over-done-${language}`);

    await original.getByRole('link', { name: /Netzwerk 13/ }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Netzwerk 13');
    await expect.poll(() => page.locator('.agenda-item').first().textContent()).toContain(w.carriedFrom);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

describe('minute-taking view, two windows', () => {
  it('refuses to autosave over minutes changed in another window, says why, and loads the stored version on request', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'en-GB');
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    const app = await firstStart(page, 'en', 'example');
    await app.navigate('Meetings');
    await page.getByRole('link', { name: 'Plan meeting' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Netzwerk 12');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Netzwerk 12');
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    await page.locator('.agenda-editor').getByLabel('Title', { exact: true }).fill('Funding bid');
    await page.locator('.agenda-editor').getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.agenda-editor').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Take minutes' }).click();
    const minutes = (on: Page) => on.getByLabel('Minutes: Item 1: Funding bid', { exact: true });
    await minutes(page).waitFor();

    // A second window on the same item types first, and its text is saved.
    const second = await session.context.newPage();
    second.on('pageerror', (error) => session.errors.push(error.message));
    await second.setViewportSize({ width: 1366, height: 768 });
    await gotoAndUnlock(second, page.url());
    await minutes(second).fill('Written in the other window.');
    await expect.poll(() => second.locator('.save-state').textContent()).toBe('Saved');

    // The first window, still on the old revision, types: refused, said, not written over.
    await minutes(page).focus();
    await page.keyboard.type('Mine.');
    const state = page.locator('.save-state');
    await expect.poll(() => state.textContent()).toBe('Not saved');
    expect(await page.getByRole('alert').filter({ hasText: 'changed in another window' }).count()).toBe(1);
    await shoot(page, 'minutes-view-stale-en');
    expect(await minutes(page).inputValue()).toBe('Mine.');
    // As stored: the other window's text.
    await reloadAndUnlock(second);
    await expect.poll(() => minutes(second).inputValue()).toBe('Written in the other window.');

    await page.getByRole('button', { name: 'Discard my text and load the stored version' }).click();
    await expect.poll(() => minutes(page).inputValue()).toBe('Written in the other window.');
    await minutes(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Added here.');
    await expect.poll(() => state.textContent()).toBe('Saved');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
