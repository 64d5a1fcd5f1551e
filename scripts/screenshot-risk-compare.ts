/**
 * Screenshots of the risk picture's compare page, German and English (`npx tsx
 * scripts/screenshot-risk-compare.ts`, after `npm run build:web`): two sealed editions, the
 * changes between them, nothing changed, and an edition that is not there.
 */
import { firstStart } from '../tests/e2e/pages/app';
import { seedRiskPictures } from '../tests/e2e/support/seed-risk-pictures';
import { gotoAndUnlock } from '../tests/e2e/support/session';
import { forEachLanguage } from './screens-support';

await forEachLanguage('risk-compare-', async ({ lang, page, baseUrl, shot }) => {
  await firstStart(page, lang, 'empty');
  await seedRiskPictures(page);
  const open = async (hash: string) => {
    await gotoAndUnlock(page, `${baseUrl}#${hash}`);
    await page.locator('main h1').waitFor();
    await page.waitForTimeout(400);
  };
  await open('/risk-picture/compare?to=edition-2026');
  await shot('1-changes');
  await open('/risk-picture/compare?from=edition-2026&to=edition-copy');
  await shot('2-nothing-changed');
  await open('/risk-picture/compare?from=edition-gone&to=edition-2026');
  await shot('3-missing');
});
