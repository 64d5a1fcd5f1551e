/**
 * Importing the network the coordinator already has, and exporting it again: in German and
 * English, a CSV and an XLSX with good and bad rows import exactly the good ones after the
 * preview names every problem; an export downloads a file that parses back.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/universal';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstStart } from './pages/app';
import { launchBrowser, openApp } from './support/browser';
import { saveDownload } from './support/files';
import { englishXlsx, germanCsv } from './support/import-files';
import { seedLargeMeeting } from './support/seed-large-meeting';
import { gotoAndUnlock } from './support/session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function openPartners(page: Page) {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^Partner/ })
    .click();
}

/** The preview's rows: row number → the text of its result cell. */
async function previewResults(page: Page): Promise<Record<string, string>> {
  const rows = page.locator('.import-rows tbody tr');
  await rows.first().waitFor();
  const result: Record<string, string> = {};
  for (const row of await rows.all()) result[(await row.getAttribute('data-line'))!] = (await row.locator('td').last().innerText()).trim();
  return result;
}

async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByTestId('import-file').setInputFiles(file);
}

async function listedNames(page: Page): Promise<string[]> {
  await page.locator('table.table tbody tr').first().waitFor();
  return page.locator('table.table tbody tr td:first-child a').allInnerTexts();
}

describe('partner import and list export', () => {
  it('German: a Windows-1252 CSV and an XLSX import exactly their good rows; the Excel export reads back', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'), 'de-DE');
    await firstStart(page, 'de', 'example');
    await openPartners(page);
    await page.getByRole('link', { name: 'Importieren' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Partnerorganisationen importieren');

    // A file that is no list is refused with a reason, and the page stays on the first step.
    await chooseFile(page, { name: 'Protokoll.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('„Protokoll.pdf“ ist keine CSV- oder Excel-Datei (.xlsx).');

    await chooseFile(page, germanCsv());
    await expect.poll(() => page.getByText('wurde als Windows-1252 gelesen').isVisible()).toBe(true);
    // The columns were guessed from the German headings.
    expect(await page.getByLabel('Name der Ansprechperson').inputValue()).toBe('3');
    expect(await page.getByLabel('E-Mail', { exact: true }).inputValue()).toBe('5');
    await page.getByRole('button', { name: 'Zeilen prüfen' }).click();

    expect(await page.getByTestId('import-summary').innerText()).toContain('2 Zeilen werden importiert.');
    expect(await page.getByTestId('import-summary').innerText()).toContain('5 Zeilen haben Probleme');
    const results = await previewResults(page);
    expect(results).toEqual({
      '2': 'Wird importiert',
      '3': 'Wird importiert',
      '4': 'Der Name fehlt.',
      '5': '„ali(at)example.org“ ist keine E-Mail-Adresse.',
      '6': 'Unbekannter Bereich „Sportverband“.',
      '7': 'Derselbe Name wie in Zeile 2.',
      '8': 'Eine Partnerorganisation namens „Polizeipräsidium Musterstadt“ gibt es schon.',
    });
    await page.getByRole('button', { name: '2 Partnerorganisationen importieren' }).click();
    await expect.poll(() => page.getByTestId('import-done').innerText()).toContain('2 Partnerorganisationen importiert, mit 1 Ansprechperson.');
    expect(await page.getByTestId('import-done').innerText()).toContain('5 Zeilen mit Problemen wurden nicht importiert.');

    // The XLSX next: its English sector names and the Excel date are understood too.
    await page.getByRole('button', { name: 'Weitere Datei importieren' }).click();
    await chooseFile(page, await englishXlsx());
    await page.getByRole('button', { name: 'Zeilen prüfen' }).click();
    expect(await previewResults(page)).toEqual({
      '2': 'Wird importiert',
      '3': 'Wird importiert',
      '4': '„ask Kim“ ist keine Telefonnummer.',
      '5': 'Beitrittsdatum „31.02.2024“ ist kein Datum (schreiben Sie 31.12.2025 oder 2025-12-31).',
      '6': 'Wird importiert',
    });
    await page.getByRole('button', { name: '3 Partnerorganisationen importieren' }).click();
    await page.getByTestId('import-done').waitFor();
    await page.getByTestId('import-done').getByRole('link', { name: 'Zu den Partnerorganisationen' }).click();

    const names = await listedNames(page);
    for (const name of ['Jugendamt Süd', 'Straßensozialarbeit Nord', 'Women’s Network East', 'Theatre Collective', 'musterstadt police'])
      expect(names).toContain(name);
    for (const name of ['Moscheegemeinde Ost', 'Sportverein Grün-Weiß', 'Tech Forum', 'Faith Forum']) expect(names).not.toContain(name);
    expect(names.filter((name) => name === 'Jugendamt Süd')).toHaveLength(1);

    // The partners as listed, as Excel: the file parses back, with the date as a date.
    await page.getByTestId('partner-export').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Partnerorganisationen (Excel)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} Partnerorganisationen\.xlsx$/);
    const rows = await readSheet(readFileSync(await saveDownload(download)).buffer as ArrayBuffer);
    expect(rows[0]).toEqual(['Name', 'Kurzname', 'Bereich', 'Status', 'Rolle im Netzwerk', 'Beitrittsdatum', 'Notizen']);
    const women = rows.find((row) => row[0] === 'Women’s Network East')!;
    expect(women[2]).toBe('Frauengruppe');
    expect((women[5] as unknown as Date).toISOString().slice(0, 10)).toBe('2024-03-15');
    expect(rows.map((row) => row[0])).toContain('Jugendamt Süd');
    expect(errors).toEqual([]);
  });

  it('English: an XLSX and a CSV import exactly their good rows; the contacts CSV reads back', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'), 'en-GB');
    await firstStart(page, 'en', 'example');
    await openPartners(page);
    await page.getByRole('link', { name: 'Import' }).click();

    await chooseFile(page, { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('“empty.csv” is empty.');

    await chooseFile(page, await englishXlsx());
    // A column the coordinator changes: the phone column is not imported, so row 4 has no problem left.
    await page.getByLabel('Phone', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Check rows' }).click();
    expect(await previewResults(page)).toEqual({
      '2': 'Will be imported',
      '3': 'Will be imported',
      '4': 'Will be imported',
      '5': 'Date joined “31.02.2024” is not a date (write 31.12.2025 or 2025-12-31).',
      '6': 'A partner named “Musterstadt Police” already exists.',
    });
    await page.getByLabel('Show only rows with problems').check();
    expect(Object.keys(await previewResults(page))).toEqual(['5', '6']);
    await page.getByRole('button', { name: 'Import 3 partners' }).click();
    await expect.poll(() => page.getByTestId('import-done').innerText()).toContain('3 partner organisations imported, with 2 contacts.');

    await page.getByRole('button', { name: 'Import another file' }).click();
    await chooseFile(page, germanCsv());
    await page.getByRole('button', { name: 'Check rows' }).click();
    const results = await previewResults(page);
    expect(results['4']).toBe('The name is missing.');
    expect(results['6']).toBe('Unknown sector “Sportverband”.');
    // The English example network's police is “Musterstadt Police”: the German name is no duplicate here.
    expect(results['8']).toBe('Will be imported');
    await page.getByRole('button', { name: 'Import 3 partners' }).click();
    await page.getByTestId('import-done').waitFor();
    await page.getByRole('link', { name: 'Go to partners' }).click();
    const names = await listedNames(page);
    for (const name of [
      'Women’s Network East',
      'Theatre Collective',
      'Tech Forum',
      'Jugendamt Süd',
      'Straßensozialarbeit Nord',
      'Polizeipräsidium Musterstadt',
    ])
      expect(names).toContain(name);
    for (const name of ['Faith Forum', 'Moscheegemeinde Ost', 'Sportverein Grün-Weiß']) expect(names).not.toContain(name);

    await page.getByTestId('partner-export').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Contacts (CSV)' }).click()]);
    const csv = readFileSync(await saveDownload(download), 'utf8');
    expect(csv.startsWith('\uFEFF"Partner","Contact","Role","E-mail","Phone","Contact notes"\r\n')).toBe(true);
    expect(csv).toContain('"Jugendamt Süd","Jörg Weiß","Leitung","joerg.weiss@example.org","0341 123456",""');
    expect(csv).toContain('"Tech Forum","Kim Lee"');
    expect(errors).toEqual([]);
  });

  it('the action tracker exports every action its filter lists (all pages), with the meeting’s time as planned', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'), 'de-DE');
    await firstStart(page, 'de', 'example');
    await seedLargeMeeting(page, { items: 2, earlierMeetings: 6, backgroundMeetings: 6, actionsPerMeeting: 10, attendees: 4, title: 'Netzwerktreffen' });
    await gotoAndUnlock(page, `${inject('baseUrl')}#/actions?status=all&sort=owner`);
    await page.locator('main table tbody tr').first().waitFor();
    const summary = (await page.locator('.pager-summary').first().innerText()).trim();
    const total = Number(/von ([\d.]+)/.exec(summary)?.[1]?.replace('.', '') ?? /^([\d.]+)/.exec(summary)?.[1]?.replace('.', ''));
    expect(total).toBeGreaterThan(50);

    await page.getByTestId('tracker-export').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Aufgaben (CSV)' }).click()]);
    const csv = readFileSync(await saveDownload(download), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFF"Aufgabe";"Verantwortlich";"Ansprechperson";"Fällig";"Status";"Sitzung";"Sitzungszeit"');
    // Every action of the filter, not just the page shown (no action text has a line break).
    expect(lines).toHaveLength(total + 1);
    // Dates in the one date style, the meeting on the clock it was planned on (Berlin, this browser's zone: no zone named).
    expect(lines[1]).toMatch(/;"(\d{2}\.\d{2}\.\d{4})?";"(Offen|In Bearbeitung|Erledigt|Verworfen)";"[^"]+";"\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}"$/);
    expect(errors).toEqual([]);
  });
});
