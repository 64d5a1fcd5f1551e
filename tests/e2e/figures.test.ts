/**
 * The network's figures, in German: with a year of known records, the figures page opens on
 * the last full year, shows each chart as an image and, at a click, its table with the
 * expected numbers; a changed period is in the address and changes the figures; a chart's
 * table exports as CSV. Screenshots go to test-results/screens/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstStart } from './pages/app';
import { launchBrowser, openApp } from './support/browser';
import { strFromU8, unzipSync } from 'fflate';
import { saveDownload } from './support/files';
import { seedNetworkFigures } from './support/seed-network-figures';
import { reloadAndUnlock } from './support/session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A table's body rows, each as its cells' texts. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));
}

/** The chart (a figure) titled `title`. */
function chart(page: Page, title: string): Locator {
  return page.getByRole('figure', { name: title, exact: true });
}

async function showTable(page: Page, title: string): Promise<Locator> {
  const figure = chart(page, title);
  await figure.getByRole('button', { name: 'Als Tabelle zeigen' }).click();
  const table = figure.getByRole('table');
  await table.waitFor();
  return table;
}

describe('the figures page (de)', () => {
  it('shows charts and their tables for the last full year, follows a changed period, exports a table as CSV and the figures as a report', async () => {
    const { page } = await openApp(browser, inject('baseUrl'), 'de-DE');
    await page.setViewportSize({ width: 1366, height: 900 });
    const app = await firstStart(page, 'de', 'empty');
    await page.locator('main').waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    const year = Number(today.slice(0, 4)) - 1;
    await seedNetworkFigures(page, year);
    await reloadAndUnlock(page);
    await app.heading().waitFor();

    await app.navigate('Kennzahlen');
    await expect.poll(() => app.heading().textContent()).toBe('Kennzahlen');
    await page.getByText(`Zeitraum: 01.01.${year} bis 31.12.${year}`).waitFor();

    // The chart as a picture, with a text alternative naming it and its values.
    const meetingsChart = chart(page, 'Abgehaltene Sitzungen je Quartal');
    const image = meetingsChart.getByRole('img');
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    expect(await image.getAttribute('alt')).toContain(`Abgehaltene Sitzungen: Q1 ${year} 2, Q2 ${year} 1, Q3 ${year} 0, Q4 ${year} 1`);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    mkdirSync('test-results/screens', { recursive: true });
    await page.screenshot({ path: 'test-results/screens/de-figures-e2e-1-charts.png', fullPage: true });

    // The same numbers as a table, with a caption and headings.
    const meetingsTable = await showTable(page, 'Abgehaltene Sitzungen je Quartal');
    expect(await meetingsTable.locator('caption').textContent()).toBe('Abgehaltene Sitzungen je Quartal (Sitzungen)');
    expect(await meetingsTable.locator('thead th').allTextContents()).toEqual(['Quartal', 'Abgehaltene Sitzungen']);
    expect(await tableRows(meetingsTable)).toEqual([
      [`Q1 ${year}`, '2'],
      [`Q2 ${year}`, '1'],
      [`Q3 ${year}`, '0'],
      [`Q4 ${year}`, '1'],
    ]);
    expect(await meetingsChart.getByRole('img').count()).toBe(0);
    expect(await tableRows(await showTable(page, 'Teilnahmequote je Partnerorganisation'))).toEqual([
      ['Polizeipräsidium Musterstadt', '75'],
      ['Gesamtschule Nord', '50'],
    ]);
    // An action opened in Q1 and done in Q2 counts in each; overdue is the state at each quarter's end.
    expect(await tableRows(await showTable(page, 'Aufgaben je Quartal'))).toEqual([
      [`Q1 ${year}`, '1', '0', '1'],
      [`Q2 ${year}`, '1', '1', '1'],
      [`Q3 ${year}`, '1', '1', '1'],
      [`Q4 ${year}`, '0', '0', '1'],
    ]);
    expect(await tableRows(await showTable(page, 'Vereinbarungen in Kraft am Quartalsende'))).toEqual([
      [`Q1 ${year}`, '2'],
      [`Q2 ${year}`, '1'],
      [`Q3 ${year}`, '2'],
      [`Q4 ${year}`, '2'],
    ]);
    expect(await tableRows(await showTable(page, 'Abdeckung der empfohlenen Bereiche am Quartalsende'))).toEqual([
      [`Q1 ${year}`, '1', '1', '16'],
      [`Q2 ${year}`, '2', '1', '15'],
      [`Q3 ${year}`, '2', '1', '15'],
      [`Q4 ${year}`, '2', '1', '15'],
    ]);
    await page.screenshot({ path: 'test-results/screens/de-figures-e2e-2-tables.png', fullPage: true });

    // The chart comes back from the keyboard.
    await chart(page, 'Abgehaltene Sitzungen je Quartal').getByRole('button', { name: 'Als Diagramm zeigen' }).focus();
    await page.keyboard.press('Enter');
    await meetingsChart.getByRole('img').waitFor();

    // A table exported as CSV: the same rows, in German (semicolons).
    const actionsChart = chart(page, 'Aufgaben je Quartal');
    await actionsChart.getByText('Exportieren', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), actionsChart.getByRole('button', { name: 'Aufgaben je Quartal (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(await saveDownload(download), 'utf8').replace(/^\uFEFF/, '');
    // Every cell quoted, as the app’s CSV writer writes them (export/csv.ts).
    const cells = (line: string) => line.split(';').map((cell) => cell.replace(/^"|"$/g, ''));
    expect(csv.trim().split(/\r?\n/).map(cells)).toEqual([
      ['Quartal', 'Eröffnet', 'Erledigt', 'Überfällig am Quartalsende'],
      [`Q1 ${year}`, '1', '0', '1'],
      [`Q2 ${year}`, '1', '1', '1'],
      [`Q3 ${year}`, '1', '1', '1'],
      [`Q4 ${year}`, '0', '0', '1'],
    ]);

    // Another period, typed into the date fields: the second quarter only. It is in the address, so a link keeps it.
    const typeDate = async (label: string, digits: string) => {
      await page.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().click();
      await page.keyboard.type(digits);
    };
    await typeDate('Von', `0104${year}`);
    await typeDate('Bis', `3006${year}`);
    await page.getByText(`Zeitraum: 01.04.${year} bis 30.06.${year}`).waitFor();
    expect(page.url()).toContain(`from=${year}-04-01&to=${year}-06-30`);
    await expect.poll(async () => tableRows(await showTable(page, 'Abgehaltene Sitzungen je Quartal'))).toEqual([[`Q2 ${year}`, '1']]);
    expect(await tableRows(await showTable(page, 'Teilnahmequote je Partnerorganisation'))).toEqual([
      ['Gesamtschule Nord', '100'],
      ['Polizeipräsidium Musterstadt', '0'],
    ]);
    await reloadAndUnlock(page);
    await page.getByText(`Zeitraum: 01.04.${year} bis 30.06.${year}`).waitFor();
    await page.screenshot({ path: 'test-results/screens/de-figures-e2e-3-period.png', fullPage: true });

    // The sidebar entry opens the default period again, in the fields as in the figures.
    await app.navigate('Kennzahlen');
    await page.getByText(`Zeitraum: 01.01.${year} bis 31.12.${year}`).waitFor();
    await expect.poll(() => page.getByRole('group', { name: 'Von', exact: true }).textContent()).toContain(`01.01.${year}`);
    expect(await page.getByRole('button', { name: 'Letztes volles Jahr' }).getAttribute('aria-pressed')).toBe('true');

    // The figures as a report, in the language and with the marking chosen: the marking in every page header.
    await page.getByRole('button', { name: 'Kennzahlen exportieren' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Format', { exact: true }).selectOption({ label: 'Word (DOCX)' });
    // English, while the app is in German: the sections are loaded again in the report's language.
    await dialog.getByLabel('Sprache des Berichts', { exact: true }).selectOption({ label: 'English' });
    await dialog.getByLabel('Einstufung (auf jeder Seite)', { exact: true }).selectOption({ label: 'Vertraulich' });
    const [report] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exportieren' }).click()]);
    const files = unzipSync(new Uint8Array(readFileSync(await saveDownload(report))));
    const xml = (pattern: RegExp) =>
      Object.entries(files)
        .filter(([name]) => pattern.test(name))
        .map(([, bytes]) => strFromU8(bytes))
        .join('\n');
    expect(xml(/^word\/header\d*\.xml$/)).toContain('Confidential');
    const body = xml(/^word\/document\.xml$/);
    expect(body).toContain('Meetings held per quarter');
    expect(body).not.toContain('Abgehaltene Sitzungen je Quartal');
  });
});
