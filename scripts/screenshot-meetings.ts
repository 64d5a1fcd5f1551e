/**
 * Screenshots of the meetings screens and the printed minutes, German and English, for a
 * human to look at (`npm run screenshots:meetings` after `npm run build:web`).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { seedLargeMeeting } from '../tests/e2e/support/seed-large-meeting';
import { reloadAndUnlock } from '../tests/e2e/support/session';
import { exampleNetworkWithLocalUser, forEachLanguage, screensDir } from './screens-support';

const words = {
  de: {
    title: 'Titel',
    save: 'Speichern',
    add: 'Tagesordnungspunkt hinzufügen',
    minutes: 'Protokoll',
    what: 'Was',
    owner: 'Verantwortlich',
    addAction: 'Aufgabe hinzufügen',
    export: 'Protokoll exportieren …',
    go: 'Exportieren',
  },
  en: {
    title: 'Title',
    save: 'Save',
    add: 'Add agenda item',
    minutes: 'Minutes',
    what: 'What',
    owner: 'Owner',
    addAction: 'Add action',
    export: 'Export minutes…',
    go: 'Export',
  },
};

await forEachLanguage('m', async ({ lang, page, context, baseUrl, shot }) => {
  const w = words[lang];
  await exampleNetworkWithLocalUser({ lang, page, baseUrl });
  await page.goto(`${baseUrl}#/meetings/new`);
  await page.getByLabel(w.title, { exact: true }).fill(lang === 'de' ? 'Netzwerktreffen März' : 'March network meeting');
  // The English browser runs in New York (tests/e2e/support/browser.ts): plan that meeting in
  // Berlin's zone, so the form and the detail page show a zone other than the computer's.
  if (lang === 'en') await page.getByLabel('Time zone', { exact: true }).selectOption('Europe/Berlin');
  for (const checkbox of (await page.locator('.invite-grid input').all()).slice(0, 3)) await checkbox.check();
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
  await item.getByRole('button', { name: w.addAction }).click();
  await item.getByLabel(w.what, { exact: true }).fill(lang === 'de' ? 'Lagebild aktualisieren' : 'Update the risk picture');
  await item.getByLabel(w.owner, { exact: true }).selectOption({ index: 2 });
  await item.getByRole('button', { name: w.addAction }).click();
  await page.waitForTimeout(300);
  await shot('2-detail');
  await page.getByRole('button', { name: w.export }).click();
  await shot('3-export-dialog');
  await page.getByRole('dialog').getByRole('button', { name: w.go }).click();
  // Print the document the web edition hands to the browser's print dialog, and render page 1.
  const frame = await (await page.waitForSelector('iframe[name="roundtable-print"]', { state: 'attached' })).contentFrame();
  await frame!.waitForLoadState();
  const printPage = await context.newPage();
  await printPage.goto(baseUrl);
  await printPage.setContent(await frame!.content(), { waitUntil: 'load' });
  const pdf = resolve(screensDir, `${lang}-m4-minutes.pdf`);
  await printPage.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, resolve(screensDir, `${lang}-m4-minutes`)]);
  await page.goto(`${baseUrl}#/actions`);
  await page.locator('table').waitFor();
  await shot('5-tracker');

  // A very long agenda, paged: the top of page 3 and the item jumped to (screen-sized shots;
  // a page of 50 items with minutes is too tall for a full-page one).
  const large = await seedLargeMeeting(page, { items: 1000, title: lang === 'de' ? 'Fachtag Prävention' : 'Prevention conference' });
  await page.goto(`${baseUrl}#/meetings/${large.meetingId}?page=3`);
  // A reload locks the app (the keys live only in memory): unlock, as the coordinator would.
  await reloadAndUnlock(page);
  const pager = page.locator('nav.pager').first();
  await pager.waitFor();
  await pager.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -80));
  await page.screenshot({ path: resolve(screensDir, `${lang}-m6-paged-agenda.png`) });
  await pager.getByRole('textbox').fill('737');
  await pager.getByRole('textbox').press('Enter');
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(screensDir, `${lang}-m7-jumped-to-item.png`) });
  await pager.getByRole('textbox').fill('2000');
  await pager.getByRole('textbox').press('Enter');
  await pager.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -80));
  await page.screenshot({ path: resolve(screensDir, `${lang}-m8-jump-out-of-range.png`) });
});
