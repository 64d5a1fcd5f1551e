import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { AgreementFormPage, typeDate } from './pages/agreements';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { saveDownload } from './support/files';
import { reloadAndUnlock } from './support/session';

// The journey in German, on fixture dates: an agreement, the matrix, a review date
// that passes, a third partner without an agreement, the disclosure log as CSV.
const school = 'Gesamtschule Am Lindenpark';
const police = 'Polizeipräsidium Musterstadt';
const socialServices = 'Soziale Dienste Musterstadt (inkl. Unterstützung für Asylsuchende)';

let browser: Browser;
let session: AppSession;
let app: AppPage;

async function setToday(isoDate: string) {
  await session.page.clock.setFixedTime(new Date(`${isoDate}T10:00:00`));
  await reloadAndUnlock(session.page);
  await app.heading().waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'de-DE');
  app = new AppPage(session.page);
  await setToday('2026-03-02');
  await firstStart(session.page, 'de', 'example');
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe('information-sharing agreements', () => {
  it('refuses an incomplete agreement with messages that say what to fix, then records one between two partners', async () => {
    const { page } = session;
    await app.navigate('Vereinbarungen');
    await page.getByRole('link', { name: 'Neue Vereinbarung' }).first().click();
    const form = new AgreementFormPage(page);
    await form.save();
    await expect.poll(() => page.getByText('Wählen Sie mindestens zwei verschiedene Partnerorganisationen.').isVisible()).toBe(true);
    expect(await page.getByText('Wählen Sie mindestens eine Datenkategorie.').isVisible()).toBe(true);
    expect(await page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' }).isVisible()).toBe(true);

    await page.getByLabel('Titel', { exact: true }).fill('Fallkonferenz Schule und Polizei');
    await form.party(1, school, 'Eigenständig Verantwortliche');
    await form.party(2, police, 'Eigenständig Verantwortliche');
    await page.getByLabel('Zweck', { exact: true }).fill('Gemeinsame Einschätzung von Radikalisierungsrisiken in Fallkonferenzen.');
    await page.getByLabel('DSGVO Art. 6 Abs. 1 lit. e – öffentliche Aufgabe').check();
    await page.getByLabel('Identität', { exact: true }).check();
    await page.getByLabel(/^Weltanschauung und Überzeugungen/).check();
    await form.save();
    // beliefs are special-category data: an Art. 9 condition is required
    await expect.poll(() => page.getByText(/Gesundheit und Weltanschauung sind besondere Kategorien/).isVisible()).toBe(true);
    await page.getByLabel('BDSG §22 – besondere Kategorien').check();
    await typeDate(page, 'Beginn', '01032026');
    await typeDate(page, 'Überprüfung am', '01042026');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Aktiv' });
    // The agreement's own deletion period, in months: 0 is refused, 24 is kept.
    await page.getByLabel(/^Löschfrist für Daten aus dieser Vereinbarung/).fill('0');
    await form.save();
    await expect.poll(() => page.getByText('Bitte eine ganze Zahl von Monaten zwischen 1 und 120 angeben.').isVisible()).toBe(true);
    await page.getByLabel(/^Löschfrist für Daten aus dieser Vereinbarung/).fill('24');
    await form.save();
    await expect.poll(() => page.getByText('Eine aktive Vereinbarung braucht mindestens eine Unterschrift mit Datum.').isVisible()).toBe(true);
    await form.signatory(1, { name: 'Dr. Paula Beispiel', organisation: school, role: 'Schulleitung', signedOn: '01032026' });
    await form.save();
    await expect.poll(() => app.heading().textContent()).toBe('Fallkonferenz Schule und Polizei');
    expect(await page.getByText('Heute in Kraft.').isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Aufbewahrung und Löschung' }).textContent()).toContain('24 Monate nach Fallabschluss');
    expect(session.errors).toEqual([]);
  });

  it('shows the pair as covered in the coverage matrix, and a click opens the agreement behind it', async () => {
    const { page } = session;
    await app.navigate('Vereinbarungen');
    await page.getByRole('link', { name: 'Abdeckungsmatrix' }).first().click();
    // the two partners of the agreement in force, as a grid (partners without one are left out)
    const matrix = page.getByRole('grid', { name: 'Geltende Vereinbarungen zwischen Partnerorganisationen' });
    const cell = matrix.getByRole('link', { name: new RegExp(`${school}.*${police}.*2 Datenkategorien`) });
    await cell.waitFor();
    expect(await matrix.getByRole('link', { name: new RegExp(`${school}.*${socialServices.replace(/[()]/g, '.')}`) }).count()).toBe(0);
    await cell.click();
    await expect.poll(() => page.getByRole('link', { name: 'Fallkonferenz Schule und Polizei' }).isVisible()).toBe(true);
    expect(await page.getByText(`Vereinbarungen zwischen ${school} und ${police}`).isVisible()).toBe(true);
  });

  it('flags the agreement once its review date has passed', async () => {
    const { page } = session;
    await setToday('2026-04-15');
    // "This week" on the overview lists it as overdue, and its link opens the agreements due for review
    await app.navigate('Übersicht');
    const due = page.getByRole('region', { name: 'Diese Woche', exact: true }).getByRole('region', { name: /^Vereinbarungen/ });
    await expect.poll(() => due.textContent()).toContain('Fallkonferenz Schule und Polizei · überfällig seit');
    await due.getByRole('link', { name: 'In der Liste zeigen' }).first().click();
    await expect.poll(() => page.getByLabel('Überprüfung', { exact: true }).inputValue()).toBe('due');
    await app.navigate('Vereinbarungen');
    const row = page.getByRole('row', { name: /Fallkonferenz Schule und Polizei/ });
    await expect.poll(() => row.textContent()).toContain('Überprüfung überfällig');
    await page.getByLabel('Überprüfung', { exact: true }).selectOption({ label: 'Überprüfung überfällig' });
    await expect.poll(() => page.getByRole('row', { name: /Fallkonferenz Schule und Polizei/ }).count()).toBe(1);
    // still in force: a review overdue does not end the agreement
    await page.getByRole('link', { name: 'Fallkonferenz Schule und Polizei' }).click();
    await expect.poll(() => page.getByText('Heute in Kraft.').isVisible()).toBe(true);
  });
});

describe('the check on a referral', () => {
  it('a case between the two covered partners saves without a warning and shows the pair as covered', async () => {
    const { page } = session;
    await app.navigate('Fallmeldungen');
    await page.getByRole('link', { name: 'Fallmeldung erfassen' }).first().click();
    await page.getByLabel('Meldende Partnerorganisation', { exact: true }).selectOption({ label: school });
    await page.getByLabel('Federführende Partnerorganisation', { exact: true }).selectOption({ label: police });
    await page.getByLabel('Rechtsextremismus').check();
    await page.getByLabel('Reichsbürger und Delegitimierung des Staates').check();
    await page.getByLabel('Initialen (optional)', { exact: true }).fill('A. B.');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toMatch(/^RT-2026-\d{4}$/);
    // The read-only page names its fields plainly: no form hints such as "(optional)".
    const person = page.getByRole('region', { name: 'Person' });
    expect(await person.textContent()).toContain('Initialen');
    expect(await person.textContent()).not.toContain('(optional)');
    expect(await page.getByRole('region', { name: 'Sorge' }).textContent()).toContain('Rechtsextremismus, Reichsbürger und Delegitimierung des Staates');
    const sharing = page.getByRole('region', { name: 'Informationsaustausch' });
    expect(await sharing.textContent()).toContain('Identität, Weltanschauung und Überzeugungen – besondere Kategorie (Art. 9)');
    expect(await sharing.getByRole('row', { name: new RegExp(`${school} ↔ ${police}`) }).textContent()).toContain('Abgedeckt');
  });

  it('warns before a third partner without an agreement is added; cancel saves nothing, a reason is audited', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await page.getByRole('group', { name: 'Beteiligte Partnerorganisationen' }).getByLabel(socialServices).check();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const warning = page.getByRole('dialog', { name: 'Keine Vereinbarung deckt diese Weitergabe ab' });
    await expect.poll(() => warning.textContent()).toContain(`${school} ↔ ${socialServices}: Identität, Weltanschauung und Überzeugungen`);
    expect(await warning.textContent()).toContain(`${police} ↔ ${socialServices}`);
    await warning.getByRole('button', { name: 'Abbrechen' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await warning.getByLabel('Begründung für das Fortfahren').fill('Akute Gefährdung; Vereinbarung mit den Sozialen Diensten in Unterzeichnung.');
    await warning.getByRole('button', { name: 'Bestätigen und speichern' }).click();
    await expect.poll(() => app.heading().textContent()).toMatch(/^RT-2026-\d{4}$/);
    const sharing = page.getByRole('region', { name: 'Informationsaustausch' });
    const pair = sharing.getByRole('row', { name: new RegExp(`${school} ↔ ${socialServices.replace(/[()]/g, '.')}`) });
    await expect.poll(() => pair.textContent()).toContain('Ohne Vereinbarung bestätigt');
    expect(await pair.textContent()).toContain('Akute Gefährdung; Vereinbarung mit den Sozialen Diensten in Unterzeichnung.');
    const audit = page.getByRole('region', { name: 'Prüfprotokoll' });
    await expect.poll(() => audit.textContent()).toContain('Warnung bestätigt');
    expect(session.errors).toEqual([]);
  });

  it('logs disclosures and exports the log as CSV for German Excel', async () => {
    const { page } = session;
    const log = page.getByRole('region', { name: 'Weitergabeprotokoll' });
    await log.getByRole('button', { name: 'Weitergabe protokollieren' }).click();
    let dialog = page.getByRole('dialog', { name: 'Weitergabe protokollieren' });
    // the only agreement binding school and police is offered and chosen
    await expect.poll(() => dialog.getByLabel('Auf Grundlage der Vereinbarung').inputValue()).not.toBe('');
    await dialog.getByLabel('Was wurde weitergegeben').fill('Gesprächsnotiz; "vertraulich"\nmit zweiter Zeile');
    await dialog.getByLabel('Warum (Zweck)').fill('Vorbereitung der Fallkonferenz');
    await dialog.getByRole('button', { name: 'Weitergabe protokollieren' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await log.getByRole('button', { name: 'Weitergabe protokollieren' }).click();
    dialog = page.getByRole('dialog', { name: 'Weitergabe protokollieren' });
    await dialog.getByLabel('Weitergegeben an', { exact: true }).selectOption({ label: socialServices });
    // shared the day before: the log (and the CSV) lists it first
    await typeDate(page, 'Weitergegeben am', '14042026', dialog);
    await expect.poll(() => dialog.getByText('Keine gültige Vereinbarung bindet diese beiden Partnerorganisationen.').isVisible()).toBe(true);
    await dialog.getByLabel('Was wurde weitergegeben').fill('=Kurzbericht');
    await dialog.getByLabel('Warum (Zweck)').fill('Akute Gefährdung');
    await dialog.getByRole('button', { name: 'Weitergabe protokollieren' }).click();
    await expect.poll(() => dialog.getByText('begründen Sie die Weitergabe ohne Vereinbarung', { exact: false }).isVisible()).toBe(true);
    await dialog.getByLabel('Warum ohne Vereinbarung weitergegeben wurde').fill('Gefahr im Verzug');
    await dialog.getByRole('button', { name: 'Weitergabe protokollieren' }).click();
    await expect.poll(() => log.locator('tbody tr').count()).toBe(2);

    const [download] = await Promise.all([page.waitForEvent('download'), log.getByRole('button', { name: 'Als CSV exportieren' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^2026-04-15 RT-2026-\d{4} – Weitergabeprotokoll\.csv$/);
    const text = readFileSync(await saveDownload(download), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ';' }).data;
    expect(rows[0]).toEqual([
      'Fall',
      'Weitergegeben am',
      'Weitergegeben von',
      'Weitergegeben an',
      'Datenkategorien',
      'Was wurde weitergegeben',
      'Zweck',
      'Einwilligung',
      'Vereinbarung',
      'Protokolliert von',
      'Protokolliert am',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[2]!.slice(1, 9)).toEqual([
      '15.04.2026',
      school,
      police,
      'Identität, Weltanschauung und Überzeugungen',
      'Gesprächsnotiz; "vertraulich"\nmit zweiter Zeile',
      'Vorbereitung der Fallkonferenz',
      'Ohne Einwilligung',
      'Fallkonferenz Schule und Polizei',
    ]);
    expect(rows[1]!.slice(1, 9)).toEqual([
      '14.04.2026',
      school,
      socialServices,
      'Identität, Weltanschauung und Überzeugungen',
      "'=Kurzbericht",
      'Akute Gefährdung',
      'Ohne Einwilligung',
      'Ohne Vereinbarung: Gefahr im Verzug',
    ]);
    expect(rows[2]![9]).toBe('Toni Exempel (Präventionskoordination Musterstadt)');
    expect(session.errors).toEqual([]);
  });
});
