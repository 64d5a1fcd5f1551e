/**
 * Screenshots of the meetings screens and the printed minutes, German and English, for a
 * human to look at (`npm run screenshots:meetings` after `npm run build:web`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, openApp } from '../tests/e2e/support/browser';
import { startWebEdition } from '../tests/e2e/support/server';

const outDir = resolve(import.meta.dirname, '../test-results/screens');
mkdirSync(outDir, { recursive: true });
const words = {
  de: { example: /Beispielnetzwerk laden/, plan: 'Sitzung planen', title: 'Titel', save: 'Speichern', add: 'Tagesordnungspunkt hinzufügen', minutes: 'Protokoll', what: 'Was', owner: 'Verantwortlich', addAction: 'Aufgabe hinzufügen', export: 'Protokoll exportieren …', go: 'Exportieren', tracker: '#/actions' },
  en: { example: /Load an example network/, plan: 'Plan meeting', title: 'Title', save: 'Save', add: 'Add agenda item', minutes: 'Minutes', what: 'What', owner: 'Owner', addAction: 'Add action', export: 'Export minutes…', go: 'Export', tracker: '#/actions' },
};

const server = await startWebEdition();
const browser = await launchBrowser();
try {
  for (const locale of ['de-DE', 'en-GB'] as const) {
    const lang = locale.slice(0, 2) as 'de' | 'en';
    const w = words[lang];
    const { page, context, errors } = await openApp(browser, server.url, locale);
    const shot = (name: string) => page.screenshot({ path: resolve(outDir, `${lang}-m${name}.png`), fullPage: true });
    await page.getByRole('button', { name: w.example }).click();
    await page.locator('.coverage-grid').first().waitFor();
    await page.goto(`${server.url}#/meetings/new`);
    await page.getByLabel(w.title, { exact: true }).fill(lang === 'de' ? 'Netzwerktreffen März' : 'March network meeting');
    for (const checkbox of await page.locator('.invite-grid input').all().then((all) => all.slice(0, 3))) await checkbox.check();
    await shot('1-plan');
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await page.locator('.lifecycle').waitFor();
    await page.getByRole('button', { name: w.add }).click();
    const editor = page.locator('.agenda-editor');
    await editor.getByLabel(w.title, { exact: true }).fill(lang === 'de' ? 'Lagebild Rechtsextremismus' : 'Local risk picture');
    await editor.getByLabel(w.minutes, { exact: true }).fill('Die **Polizei** berichtet.\n\n- Punkt eins\n- Punkt zwei & <b>drei</b>');
    await editor.getByRole('button', { name: w.save, exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    const item = page.locator('.agenda-item').first();
    await item.getByLabel(w.what, { exact: true }).fill(lang === 'de' ? 'Lagebild aktualisieren' : 'Update the risk picture');
    await item.getByLabel(w.owner, { exact: true }).selectOption({ index: 2 });
    await item.getByRole('button', { name: w.addAction }).click();
    await page.waitForTimeout(300);
    await shot('2-detail');
    await page.getByRole('button', { name: w.export }).click();
    await shot('3-export-dialog');
    await page.getByRole('dialog').getByRole('button', { name: w.go }).click();
    const frame = await page.waitForSelector('iframe[name="roundtable-print"]', { state: 'attached' }).then((h) => h.contentFrame());
    await frame!.waitForLoadState();
    const printPage = await context.newPage();
    await printPage.goto(server.url);
    await printPage.setContent(await frame!.content(), { waitUntil: 'load' });
    const pdf = resolve(outDir, `${lang}-m4-minutes.pdf`);
    await printPage.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, resolve(outDir, `${lang}-m4-minutes`)]);
    await page.goto(`${server.url}${w.tracker}`);
    await page.locator('table').waitFor();
    await shot('5-tracker');
    if (errors.length) console.log(`${lang} page errors:`, errors);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${outDir}`);
