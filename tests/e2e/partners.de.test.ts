import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { AppPage, CoveragePage, PartnerFormPage, firstStart } from './pages/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function startEmpty(session: AppSession) {
  const app = await firstStart(session.page, 'de', 'none');
  await expect.poll(() => app.heading().textContent()).toBe('Übersicht');
  await session.page.getByRole('button', { name: /Mit leerem Netzwerk beginnen/ }).click();
  return app;
}

describe('partner network, German UI', () => {
  it('starts in German for a German system, creates a partner, rejects a bad e-mail in German, and keeps it after a reload', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'de-DE');
    const { page } = session;
    const app = await startEmpty(session);
    await app.navigate('Partnerorganisationen');
    await expect.poll(() => page.getByText('Noch keine Partnerorganisationen').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Neue Partnerorganisation' }).first().click();

    const form = new PartnerFormPage(page);
    await form.field('Name').fill('Jugendamt Musterstadt');
    await form.field('Kurzname').fill('Jugendamt');
    await form.field('Bereich').selectOption('social_services');
    await form.typeDate('Beitrittsdatum', '15032024');
    await page.getByRole('button', { name: 'Ansprechperson hinzufügen' }).click();
    await form.contactField('Ansprechperson 1', 'Name').fill('Petra Beispiel');
    await form.contactField('Ansprechperson 1', 'E-Mail').fill('petra(at)jugendamt');
    await form.save('Speichern');

    // The message is German, next to the field, and nothing was saved.
    const email = form.contactField('Ansprechperson 1', 'E-Mail');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby'))!.split(' ')[0]!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.org.');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie 1 Feld vor dem Speichern.' }).count()).toBe(1);
    expect(page.url()).toMatch(/#\/partners\/new$/);

    await email.fill('p.beispiel@jugendamt.example.org');
    await form.contactField('Ansprechperson 1', 'Telefon').fill('+49 555 0500-60');
    // Enter submits the form from the keyboard.
    await email.press('Enter');
    await expect.poll(() => app.heading().textContent()).toBe('Jugendamt Musterstadt');
    expect(await app.notices().textContent()).toContain('Partnerorganisation „Jugendamt Musterstadt“ gespeichert.');

    await app.reload();
    expect(await app.heading().textContent()).toBe('Jugendamt Musterstadt');
    const details = page.locator('.definition');
    expect(await details.textContent()).toContain('Soziale Dienste');
    expect(await details.textContent()).toContain('15.03.2024');
    expect(await page.getByRole('cell', { name: 'p.beispiel@jugendamt.example.org' }).isVisible()).toBe(true);

    await app.navigate('Partnerorganisationen');
    await page.getByLabel('Nach Namen suchen').fill('jugendamt');
    await expect.poll(() => page.getByRole('link', { name: 'Jugendamt Musterstadt' }).isVisible()).toBe(true);
    await page.getByLabel('Nach Namen suchen').fill('Polizei');
    await expect.poll(() => page.getByText('Keine Partnerorganisation passt zu diesen Filtern.').isVisible()).toBe(true);

    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('shows missing and covered sectors in the coverage view', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'de-DE');
    const { page } = session;
    const app = await startEmpty(session);
    const coverage = new CoveragePage(page);
    await expect.poll(() => coverage.sector('Dienst für psychische Gesundheit').textContent()).toContain('Fehlt');
    expect(await page.getByText('Noch keine Partnerorganisation im Bereich Dienst für psychische Gesundheit').isVisible()).toBe(true);

    await app.navigate('Partnerorganisationen');
    await page.getByRole('link', { name: 'Neue Partnerorganisation' }).first().click();
    const form = new PartnerFormPage(page);
    await form.field('Name').fill('Beratungsstelle Seelische Gesundheit');
    await form.field('Bereich').selectOption('mental_health');
    await form.field('Status').selectOption('prospective');
    await form.save('Speichern');
    await expect.poll(() => app.heading().textContent()).toBe('Beratungsstelle Seelische Gesundheit');

    await app.navigate('Übersicht');
    await expect.poll(() => coverage.sector('Dienst für psychische Gesundheit').textContent()).toContain('Nur angefragt');
    expect(await coverage.sector('Polizei').textContent()).toContain('Fehlt');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('warns about a duplicate name but still lets the coordinator save', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'de-DE');
    const { page } = session;
    await firstStart(page, 'de', 'example');
    await expect.poll(() => page.locator('.coverage-grid').count()).toBe(2);
    await page.goto(`${inject('baseUrl')}#/partners/new`);
    const form = new PartnerFormPage(page);
    await form.field('Name').fill('polizeipräsidium   MUSTERSTADT');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Es gibt bereits eine Partnerorganisation mit diesem Namen' }).count()).toBe(1);
    await form.save('Speichern');
    await expect.poll(() => new AppPage(page).heading().textContent()).toBe('polizeipräsidium   MUSTERSTADT'.trim());
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

describe('unsaved changes', () => {
  it('asks before leaving an edited form, keeps editing on request, and discards only when confirmed', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'de-DE');
    const { page } = session;
    const app = await firstStart(page, 'de', 'example');
    await app.navigate('Partnerorganisationen');
    await page.getByRole('link', { name: 'Hochschule Musterstadt' }).click();
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    const form = new PartnerFormPage(page);
    await form.field('Name').fill('Hochschule Musterstadt (geändert)');

    await app.navigate('Partnerorganisationen');
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.getByRole('heading').textContent()).toBe('Änderungen verwerfen?');
    await dialog.getByRole('button', { name: 'Weiter bearbeiten' }).click();
    expect(await form.field('Name').inputValue()).toBe('Hochschule Musterstadt (geändert)');

    await app.navigate('Partnerorganisationen');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Änderungen verwerfen' }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Partnerorganisationen');
    await expect.poll(() => page.getByRole('link', { name: 'Hochschule Musterstadt', exact: true }).isVisible()).toBe(true);

    // A saved edit leaves without asking.
    await page.getByRole('link', { name: 'Hochschule Musterstadt', exact: true }).click();
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await form.field('Name').fill('Hochschule Musterstadt – Campus Nord');
    await form.save('Speichern');
    await expect.poll(() => app.heading().textContent()).toBe('Hochschule Musterstadt – Campus Nord');
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
