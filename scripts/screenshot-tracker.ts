/**
 * Screenshots of the action tracker at a laptop's 1366×768, in German and English
 * (`npx tsx scripts/screenshot-tracker.ts`): a paged list of a city's actions, a status
 * change that takes a row off the list, an opened history, and the owner sort with a due
 * window. Written to test-results/screens/<lang>-tracker-*.png.
 */
import { resolve } from 'node:path';
import { firstStart } from '../tests/e2e/pages/app';
import { seedCityActions } from '../tests/e2e/support/seed-city-actions';
import { reloadAndUnlock } from '../tests/e2e/support/session';
import { forEachLanguage, screensDir } from './screens-support';

const words = {
  de: { nav: 'Aufgaben', status: 'Status', due: 'Fällig', sort: 'Sortieren nach', history: 'Verlauf von' },
  en: { nav: 'Actions', status: 'Status', due: 'Due', sort: 'Sort by', history: 'History of' },
} as const;

await forEachLanguage('tracker-', async ({ lang, page, shot }) => {
  const w = words[lang];
  await page.setViewportSize({ width: 1366, height: 768 });
  await firstStart(page, lang, 'empty');
  await page.locator('main').waitFor();
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  await seedCityActions(page, { partners: 40, contactsPerPartner: 3, meetings: 400, actionsPerMeeting: 10, today });
  await reloadAndUnlock(page);
  await page.getByRole('navigation').getByRole('link', { name: w.nav, exact: true }).click();
  await page.locator('main table > tbody > tr').first().waitFor();
  await page.screenshot({ path: resolve(screensDir, `${lang}-tracker-1-viewport.png`) });
  await shot('2-full');

  // A status change that takes the first row off "open and in progress".
  const firstRow = page.locator('main table > tbody > tr').first();
  const changed = await firstRow.locator('td').first().textContent();
  await firstRow.locator('select').selectOption('done');
  await page.locator('.notices li').first().waitFor();
  // The notice can come before the list is read again: wait until the row has left it, so
  // the history opened next is that of the row now first, not of the one leaving.
  await page.waitForFunction((text) => document.querySelector('main table > tbody > tr td')?.textContent !== text, changed);
  await page
    .locator('main table > tbody > tr')
    .first()
    .getByRole('button', { name: new RegExp(`^${w.history}`) })
    .click();
  await page.screenshot({ path: resolve(screensDir, `${lang}-tracker-3-status-changed.png`) });

  await page.getByRole('search').getByLabel(w.sort, { exact: true }).selectOption('owner');
  await page.getByRole('search').getByLabel(w.due, { exact: true }).selectOption('next30');
  await page.waitForTimeout(500);
  await page.screenshot({ path: resolve(screensDir, `${lang}-tracker-4-owner-next30.png`) });
  await page.getByRole('search').getByLabel(w.status, { exact: true }).selectOption('dropped');
  await page.waitForTimeout(500);
  await page.screenshot({ path: resolve(screensDir, `${lang}-tracker-5-none.png`) });
});
