/**
 * Screenshots of the partner network screens in German and English, for a human to look
 * at (`npm run screenshots`, after `npm run build:web`). Writes to test-results/screens/.
 */
import { sayWhoWorksHere } from '../tests/e2e/pages/app';
import { setUpPassphrase } from '../tests/e2e/support/session';
import { forEachLanguage } from './screens-support';

await forEachLanguage('', async ({ lang, page, baseUrl, shot }) => {
  // The passphrase and the recovery key come first (screenshots:session shows them).
  await setUpPassphrase(page, lang);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shot('00-who-is-working');
  await sayWhoWorksHere(page, lang, 'none', { name: 'Toni Exempel', organisation: 'Präventionskoordination' });
  await page.locator('.choice.primary').waitFor();
  await shot('01-first-start');
  await page.locator('.choice.primary').click();
  await page.locator('.coverage-grid').first().waitFor();
  await shot('02-overview');
  await page.goto(`${baseUrl}#/partners`);
  await page.locator('table').waitFor();
  await shot('03-partners');
  await page.locator('table a').first().click();
  await page.locator('.definition').waitFor();
  await shot('04-detail');
  await page.goto(`${baseUrl}#/partners/new`);
  await page.locator('form').waitFor();
  await page.locator('button[type=submit]').click();
  await shot('05-form-errors');
  await page.goto(`${baseUrl}#/settings`);
  await shot('06-settings');
  await page.goto(`${baseUrl}#/agreements`);
  await shot('07-agreements-empty');
});
