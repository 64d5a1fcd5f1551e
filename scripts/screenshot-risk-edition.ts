/**
 * Screenshots of a risk picture edition's read view with the example network, German and
 * English (`npx tsx scripts/screenshot-risk-edition.ts`, after `npm run build:web`): the
 * example draft as a document, its case figures counted live, and the report dialog.
 */
import { firstStart } from '../tests/e2e/pages/app';
import { gotoAndUnlock } from '../tests/e2e/support/session';
import { forEachLanguage } from './screens-support';

await forEachLanguage('risk-edition-', async ({ lang, page, baseUrl, shot }) => {
  await firstStart(page, lang, 'example');
  await gotoAndUnlock(page, `${baseUrl}#/risk-picture`);
  await page.locator('main table a').first().click();
  await page.locator('main h1').waitFor();
  await page.waitForTimeout(800);
  await shot('1-top');
  await page.locator('.case-figures').scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await shot('2-case-figures');
  await gotoAndUnlock(page, `${baseUrl}#/figures`);
  await page.locator('main h1').waitFor();
  await page.waitForTimeout(1500);
  await shot('3-figures');
});
