/**
 * Screenshots of the figures page's referral section with ten years of generated cases,
 * German and English (`npx tsx scripts/screenshot-referral-figures.ts`, after
 * `npm run build:web`): the stacked bars by concern, sector and outcome, the medians and the
 * reviews, for the last full year.
 */
import { seedLargeReferrals } from '../tests/e2e/support/seed-large-referrals';
import { gotoAndUnlock } from '../tests/e2e/support/session';
import { exampleNetworkWithLocalUser, forEachLanguage } from './screens-support';

await forEachLanguage('referral-figures-', async ({ lang, page, baseUrl, shot }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await exampleNetworkWithLocalUser({ lang, page, baseUrl });
  await seedLargeReferrals(page, { referrals: 1500, partners: 40, contactsPerPartner: 1, auditPerReferral: 1, today: new Date().toISOString().slice(0, 10) });
  await gotoAndUnlock(page, `${baseUrl}#/figures`);
  const section = page.getByTestId('figures-referrals');
  await section.locator('img.chart-image').first().waitFor({ timeout: 60_000 });
  await section.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1000);
  await section.screenshot({ path: `test-results/screens/${lang}-referral-figures-section.png` });
  await shot('1-page');
});
