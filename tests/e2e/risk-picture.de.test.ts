import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { gotoAndUnlock, reloadAndUnlock } from './support/session';

// The journey in German, on a fixed date, with the example network's meeting and
// actions: write an edition with three threats, graded sources and two linked actions; agree
// it at the example meeting (read-only afterwards); start the next edition and change a trend.
const police = 'Polizeipräsidium Musterstadt';
const trainingAction = 'Beispiel: Fortbildungstermine für Lehrkräfte abstimmen';
const leafletAction = 'Beispiel: Flyer zum Beratungsangebot übersetzen';
const title = 'Lagebild Musterstadt 2026';

let browser: Browser;
let session: AppSession;
let app: AppPage;

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'de-DE');
  app = new AppPage(session.page);
  await session.page.clock.setFixedTime(new Date('2026-03-02T10:00:00'));
  await reloadAndUnlock(session.page);
  await app.heading().waitFor();
  await firstStart(session.page, 'de', 'example');
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

const threat = (page: Page, number: number) => page.getByRole('group', { name: new RegExp(`^Bedrohung ${number}:`) });
const source = (page: Page, number: number) => page.getByRole('group', { name: `Quelle ${number}`, exact: true });
const save = (page: Page) => page.getByRole('button', { name: 'Speichern', exact: true }).click();
/** The app's route (it routes in the address's hash: "#/risk-picture/new"). */
const route = (page: Page) => new URL(page.url()).hash.replace(/^#/, '');
/** The edition whose read view is open (after a save), or '' elsewhere. */
const editionId = (page: Page) => /^\/risk-picture\/((?!new$)[^/]+)$/.exec(route(page))?.[1] ?? '';
const open = (page: Page, path: string) => gotoAndUnlock(page, new URL(`#${path}`, page.url()).href);

async function rateThreat(scope: Locator, values: { concern: string; trend: string; likelihood: string; impact: string }) {
  await scope.getByLabel('Ideologie oder Schadensfeld', { exact: true }).selectOption({ label: values.concern });
  await scope.getByLabel('Entwicklung', { exact: true }).selectOption({ label: values.trend });
  await scope.getByLabel('Wahrscheinlichkeit', { exact: true }).selectOption({ label: values.likelihood });
  await scope.getByLabel('Auswirkung', { exact: true }).selectOption({ label: values.impact });
}

async function linkAction(page: Page, scope: Locator, text: string) {
  await scope.getByRole('button', { name: 'Aufgabe verknüpfen …' }).click();
  await scope.getByRole('button', { name: `„${text}“ verknüpfen` }).click();
  await scope.getByRole('button', { name: 'Fertig', exact: true }).click();
  await scope.getByRole('button', { name: `Verknüpfung mit „${text}“ lösen` }).waitFor();
}

describe('the risk picture (Lagebild)', () => {
  let firstId = '';

  it('writes an edition with three threats, graded sources and two actions as the response', async () => {
    const { page } = session;
    await app.navigate('Lagebild');
    // the example's draft is listed; a fresh edition is started without a template
    await page.getByRole('link', { name: 'Beispiel: Lagebild 2026', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Neu beginnen (ohne Vorlage)' }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Neue Ausgabe des Lagebilds');

    // an untitled source and an empty title are refused, field by field, nothing saved
    await page.getByLabel('Titel', { exact: true }).first().fill('');
    await page.getByRole('button', { name: 'Quelle hinzufügen' }).click();
    await save(page);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie 2 Felder' }).isVisible()).toBe(true);
    expect(route(page)).toBe('/risk-picture/new');

    await page.getByLabel('Titel', { exact: true }).first().fill(title);
    const policeSource = source(page, 1);
    await policeSource.getByLabel('Art der Quelle').selectOption({ label: 'Partnerorganisation' });
    await policeSource.getByLabel('Partnerorganisation', { exact: true }).selectOption({ label: police });
    await policeSource.getByLabel('Titel', { exact: true }).fill('Polizei: Lagebericht Februar');
    await policeSource.getByLabel('Zuverlässigkeit der Quelle').selectOption({ label: 'B – meist zuverlässig' });
    await policeSource.getByLabel('Glaubhaftigkeit der Information').selectOption({ label: '2 – wahrscheinlich wahr' });
    await page.getByRole('button', { name: 'Quelle hinzufügen' }).click();
    const report = source(page, 2);
    await report.getByLabel('Titel', { exact: true }).fill('Verfassungsschutzbericht 2025');
    await report.getByLabel('Zuverlässigkeit der Quelle').selectOption({ label: 'A – zuverlässig' });
    await report.getByLabel('Glaubhaftigkeit der Information').selectOption({ label: '3 – möglicherweise wahr' });

    for (let number = 1; number <= 3; number += 1) await page.getByRole('button', { name: 'Bedrohung hinzufügen' }).click();
    await rateThreat(threat(page, 1), { concern: 'Rechtsextremismus', trend: 'Steigend', likelihood: '4 – hoch', impact: '4 – hoch' });
    await expect.poll(() => threat(page, 1).locator('.rag').textContent()).toBe('Rot · 16');
    await threat(page, 1).getByLabel('Polizei: Lagebericht Februar (B2)').check();
    await threat(page, 1).getByLabel('Verfassungsschutzbericht 2025 (A3)').check();
    await linkAction(page, threat(page, 1), trainingAction);
    await threat(page, 1).getByLabel('Verantwortliche Partnerorganisationen').selectOption({ label: police });
    await threat(page, 1).getByRole('button', { name: 'Hinzufügen', exact: true }).click();

    await rateThreat(threat(page, 2), { concern: 'Frauenfeindlichkeit / Incel', trend: 'Neu', likelihood: '3 – mittel', impact: '3 – mittel' });
    await expect.poll(() => threat(page, 2).locator('.rag').textContent()).toBe('Gelb · 9');
    await threat(page, 2).getByLabel('Verfassungsschutzbericht 2025 (A3)').check();
    await linkAction(page, threat(page, 2), leafletAction);

    await rateThreat(threat(page, 3), { concern: 'Islamistischer Extremismus', trend: 'Gleichbleibend', likelihood: '2 – gering', impact: '3 – mittel' });
    await expect.poll(() => threat(page, 3).locator('.rag').textContent()).toBe('Grün · 6');

    await page.getByRole('button', { name: 'Lücken aus der Netzwerkabdeckung übernehmen' }).click();
    await page.getByText(/Lücken? aus der Netzwerkabdeckung übernommen|keine weitere Lücke/).waitFor();

    await save(page);
    await expect.poll(() => editionId(page)).not.toBe('');
    firstId = editionId(page);
    expect(session.errors).toEqual([]);

    // what was saved is what the editor shows again
    await open(page, `/risk-picture/${firstId}/edit`);
    await threat(page, 3).waitFor();
    expect(await threat(page, 1).getByLabel('Entwicklung', { exact: true }).inputValue()).toBe('rising');
    expect(await threat(page, 1).getByText(trainingAction).isVisible()).toBe(true);
    expect(await threat(page, 2).getByText(leafletAction).isVisible()).toBe(true);
    expect(await threat(page, 1).getByLabel('Polizei: Lagebericht Februar (B2)').isChecked()).toBe(true);
    expect(await source(page, 1).getByLabel('Zuverlässigkeit der Quelle').inputValue()).toBe('B');
    expect(await source(page, 1).getByLabel('Partnerorganisation', { exact: true }).locator('option:checked').textContent()).toBe(police);
  });

  it('agrees the edition at the example meeting; afterwards it is read-only', async () => {
    const { page } = session;
    await app.navigate('Lagebild');
    await page.getByRole('button', { name: `„${title}“ als abgestimmt festhalten` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Als abgestimmt festhalten' }).click();
    await dialog.getByText('Bestätigen Sie, dass die Ausgabe danach schreibgeschützt ist.').waitFor();
    const meeting = dialog.getByLabel('In der Sitzung', { exact: true });
    const heldMeeting = await meeting.locator('option', { hasText: 'Beispiel-Sitzung des Runden Tisches' }).first().getAttribute('value');
    // only meetings that took place are offered
    expect(await meeting.locator('option', { hasText: '(nächste)' }).count()).toBe(0);
    await meeting.selectOption(heldMeeting!);
    await dialog.getByLabel('Beschluss', { exact: true }).selectOption({ label: 'Begrüßung und Lagebild: Das Lagebild wird vierteljährlich fortgeschrieben.' });
    await dialog.getByLabel(/Die Ausgabe ist danach schreibgeschützt/).check();
    await dialog.getByRole('button', { name: 'Als abgestimmt festhalten' }).click();
    await expect.poll(() => route(page)).toBe(`/risk-picture/${firstId}`);

    await app.navigate('Lagebild');
    const row = page.getByRole('row').filter({ hasText: title });
    await expect.poll(() => row.getByText('Abgestimmt', { exact: true }).isVisible()).toBe(true);
    expect(await row.getByText('02.03.2026').isVisible()).toBe(true);
    expect(await row.getByRole('link', { name: `„${title}“ bearbeiten` }).count()).toBe(0);

    await open(page, `/risk-picture/${firstId}/edit`);
    await page.getByText('Diese Ausgabe ist abgestimmt und kann nicht mehr bearbeitet werden.').waitFor();
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Speichern' }).count()).toBe(0);
  });

  it('starts the next edition from the agreed one and changes a trend', async () => {
    const { page } = session;
    await app.navigate('Lagebild');
    await page.getByRole('button', { name: `Nächste Ausgabe aus „${title}“ beginnen` }).click();
    await expect.poll(() => route(page)).toMatch(/^\/risk-picture\/[^/]+\/edit$/);
    const nextId = route(page).split('/')[2]!;
    expect(nextId).not.toBe(firstId);
    // a copy for the following year, threats and their links included
    await threat(page, 3).waitFor();
    expect(await page.getByRole('group', { name: 'Zeitraum von' }).textContent()).toContain('01.01.2027');
    expect(await threat(page, 1).getByText(trainingAction).isVisible()).toBe(true);

    // Another window saves the draft first: this window's save, on the old revision, is refused and says so.
    const second = await session.context.newPage();
    second.on('pageerror', (error) => session.errors.push(error.message));
    await gotoAndUnlock(second, page.url());
    await second.getByLabel('Zusammenfassung', { exact: true }).fill('Im anderen Fenster geschrieben.');
    await save(second);
    await expect.poll(() => route(second)).toBe(`/risk-picture/${nextId}`);
    await second.close();
    await threat(page, 1).getByLabel('Entwicklung', { exact: true }).selectOption({ label: 'Gleichbleibend' });
    await save(page);
    await page.getByRole('alert').filter({ hasText: 'wurde anderswo (in einem anderen Fenster) geändert' }).waitFor();
    expect(route(page)).toBe(`/risk-picture/${nextId}/edit`);
    await page.getByRole('button', { name: 'Aktuelle Fassung laden' }).click();
    expect(await page.getByLabel('Zusammenfassung', { exact: true }).inputValue()).toBe('Im anderen Fenster geschrieben.');
    await threat(page, 1).getByLabel('Entwicklung', { exact: true }).selectOption({ label: 'Gleichbleibend' });
    await save(page);
    await expect.poll(() => route(page)).toBe(`/risk-picture/${nextId}`);

    await app.navigate('Lagebild');
    await expect.poll(() => page.getByRole('row').filter({ hasText: title }).count()).toBe(2);
    // the agreed edition now has a successor: no second "start next"
    expect(await page.getByRole('button', { name: /Nächste Ausgabe aus/ }).count()).toBe(0);
    await page.getByRole('link', { name: `„${title}“ bearbeiten` }).click();
    await threat(page, 1).waitFor();
    expect(await threat(page, 1).getByLabel('Entwicklung', { exact: true }).inputValue()).toBe('stable');
    expect(session.errors).toEqual([]);
  });
});
