import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { reloadAndUnlock } from './support/session';

// Rectification (Art. 16) in German, on a fixed day: a case's wrong details corrected with a
// reason; the case says "corrected on … because …", its history keeps the old values.
const school = 'Gesamtschule Am Lindenpark';

let browser: Browser;
let session: AppSession;
let app: AppPage;

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'de-DE');
  app = new AppPage(session.page);
  await session.page.clock.setFixedTime(new Date('2026-12-03T10:00:00'));
  await firstStart(session.page, 'de', 'example');
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe('correcting a case', () => {
  it('records a case with details that turn out to be wrong', async () => {
    const { page } = session;
    await app.navigate('Fallmeldungen');
    await page.getByRole('link', { name: 'Fallmeldung erfassen' }).first().click();
    await page.getByLabel('Meldende Partnerorganisation', { exact: true }).selectOption({ label: school });
    await page.getByLabel('Gebiet oder Stadtteil', { exact: true }).fill('Nordstadt');
    await page.getByLabel('Rechtsextremismus').check();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toMatch(/^RT-2026-\d{4}$/);
    // Nothing corrected yet: no corrections section.
    expect(await page.getByRole('region', { name: 'Berichtigungen' }).count()).toBe(0);
  });

  it('refuses a correction without a reason, and saves nothing', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await page.getByLabel('Altersgruppe', { exact: true }).selectOption({ label: '18–24' });
    await page.getByLabel('Gebiet oder Stadtteil', { exact: true }).fill('Südstadt');
    await page.getByLabel('Als Berichtigung speichern: die bisherigen Angaben waren falsch').check();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const reason = page.getByLabel('Grund der Berichtigung', { exact: true });
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Bitte ausfüllen.').isVisible()).toBe(true);
    expect(await app.heading().textContent()).toMatch(/bearbeiten$/);
  });

  it('saves it with a reason: the case says when, which fields and why', async () => {
    const { page } = session;
    await page.getByLabel('Grund der Berichtigung', { exact: true }).fill('Alter und Stadtteil bei der Meldung verwechselt');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => app.notices().textContent()).toMatch(/Fall RT-2026-\d{4} berichtigt\./);
    const corrections = page.getByRole('region', { name: 'Berichtigungen' });
    await expect
      .poll(() => corrections.textContent())
      .toContain('Berichtigt am 03.12.2026: Altersgruppe, Gebiet oder Stadtteil — weil Alter und Stadtteil bei der Meldung verwechselt');
    expect(await page.getByRole('region', { name: 'Person' }).textContent()).toContain('Südstadt');
  });

  it('keeps the old values in the case’s history, also after a reload', async () => {
    const { page } = session;
    await reloadAndUnlock(page);
    const history = page.getByRole('region', { name: 'Prüfprotokoll' });
    const row = history.getByRole('row', { name: /Fall berichtigt/ });
    await expect.poll(() => row.count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Altersgruppe: 16–17 → 18–24');
    expect(text).toContain('Gebiet oder Stadtteil: Nordstadt → Südstadt');
    expect(text).toContain('Grund der Berichtigung: (leer) → Alter und Stadtteil bei der Meldung verwechselt');
    expect(session.errors).toEqual([]);
  });
});
