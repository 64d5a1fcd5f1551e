import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { MeetingPages } from './pages/meetings';
import { launchBrowser, type AppSession } from './support/browser';

// Text is never cut: too long minutes are refused whole and kept in the field, and a name is
// refused as a case's initials. German UI; each test builds on the last.
let browser: Browser;
let session: AppSession;
let app: AppPage;
let meetings: MeetingPages;

const tooLongMinutes = `Beginn der Notiz. ${'Lange Protokollnotiz. '.repeat(2400)}`.padEnd(50_001, 'x').slice(0, 50_001);

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 860 } });
  // The paste goes through the real clipboard, as a user's does.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(inject('baseUrl'));
  session = { context, page, errors };
  app = new AppPage(page);
  meetings = new MeetingPages(page);
  await firstStart(page, 'de', 'example');
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe('text limits, in the German UI', () => {
  it('plans a meeting with one agenda item', async () => {
    const { page } = session;
    await app.navigate('Sitzungen');
    await page.getByRole('link', { name: 'Sitzung planen' }).first().click();
    await meetings.field('Titel').fill('Netzwerktreffen Juni');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Netzwerktreffen Juni');
    await meetings.addItem({ title: 'Lagebild' });
    await expect.poll(() => meetings.agendaItem('TOP 1: Lagebild').getByText('Noch kein Protokoll.').isVisible()).toBe(true);
  });

  it('refuses pasted minutes over 50.000 characters whole: counter, message, nothing cut, nothing saved', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '„Lagebild“ bearbeiten' }).click();
    const editor = page.locator('.agenda-editor');
    const minutes = editor.getByLabel('Protokoll', { exact: true });
    await page.evaluate((text) => navigator.clipboard.writeText(text), tooLongMinutes);
    await minutes.focus();
    await page.keyboard.press('Control+V');

    // The browser cut the paste at maxlength before: no field may carry one.
    expect(await page.locator('[maxlength]').count()).toBe(0);
    await expect.poll(() => minutes.inputValue().then((value) => value.length)).toBe(50_001);
    const counter = editor.locator('.length-counter');
    await expect.poll(() => counter.textContent()).toContain('50.001 / 50.000');
    expect(await counter.getAttribute('class')).toContain('over');
    expect(await minutes.getAttribute('aria-invalid')).toBe('true');

    await editor.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => editor.getByText('Zu lang: höchstens 50.000 Zeichen. Kürzen Sie den Text, um ihn zu speichern.').isVisible()).toBe(true);
    expect(await editor.getByText('Bitte korrigieren Sie 1 Feld vor dem Speichern.').isVisible()).toBe(true);
    // Still open, with every character as pasted.
    expect(await minutes.inputValue()).toBe(tooLongMinutes);

    await app.reload();
    const item = meetings.agendaItem('TOP 1: Lagebild');
    await expect.poll(() => item.getByText('Noch kein Protokoll.').isVisible()).toBe(true);
    expect(await item.textContent()).not.toContain('Beginn der Notiz.');
  });

  it('counts as one types in a field kept in state, and refuses a network name over 200 characters', async () => {
    const { page } = session;
    await app.navigate('Einstellungen');
    const network = page.getByRole('region', { name: 'Netzwerk' });
    const name = network.getByLabel('Name des Netzwerks', { exact: true });
    await name.fill('N'.repeat(195));
    await name.pressSequentially('NNNNNN');
    expect(await name.inputValue()).toBe('N'.repeat(201));
    await expect.poll(() => network.locator('.length-counter').textContent()).toContain('201 / 200');
    await network.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => network.getByText('Zu lang: höchstens 200 Zeichen. Kürzen Sie den Text, um ihn zu speichern.').isVisible()).toBe(true);
    expect(await name.inputValue()).toBe('N'.repeat(201));
    await app.reload();
    await expect.poll(() => page.getByRole('region', { name: 'Netzwerk' }).getByLabel('Name des Netzwerks', { exact: true }).inputValue()).toBe('');
  });

  it('refuses a name as initials on a new case, keeping it as typed', async () => {
    const { page } = session;
    await app.navigate('Fallmeldungen');
    await page.getByRole('link', { name: 'Fallmeldung erfassen' }).first().click();
    const initials = page.getByLabel('Initialen (optional)', { exact: true });
    await initials.fill('Max Mustermann');
    await page.getByLabel('Meldende Partnerorganisation', { exact: true }).selectOption({ label: 'Gesamtschule Am Lindenpark' });
    await page.getByLabel('Rechtsextremismus', { exact: true }).check();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();

    await expect.poll(() => page.getByText('Nur Initialen, höchstens vier Großbuchstaben, z. B. A. B. – niemals einen Namen.').isVisible()).toBe(true);
    expect(await page.getByText('Bitte korrigieren Sie 1 Feld vor dem Speichern.').isVisible()).toBe(true);
    expect(await initials.inputValue()).toBe('Max Mustermann');
    expect(await initials.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[maxlength]').count()).toBe(0);

    await app.reload();
    await app.navigate('Fallmeldungen');
    // Nothing saved: only the example network's case is listed.
    await expect.poll(() => page.getByText('1 Fall', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('main table tbody tr').count()).toBe(1);
  });

  it('threw no errors in the page', () => {
    expect(session.errors).toEqual([]);
  });
});
