/**
 * Screenshots of the coverage matrix and the register at a large city (500 partners, 1,000
 * agreements), German and English, at 1366 × 768 (`npm run screenshots:matrix`, after
 * `npm run build:web`): the partner list the matrix starts with, one partner's pairs, the grid
 * for one sector and at its largest, and a page of the register.
 */
import { resolve } from 'node:path';
import { forEachLanguage, screensDir } from './screens-support';
import { firstStart } from '../tests/e2e/pages/app';
import { seedLargeCityAgreements } from '../tests/e2e/support/seed-agreements';

const today = '2026-04-15';

await forEachLanguage('m', async ({ lang, page, baseUrl }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
  await page.reload();
  await firstStart(page, lang, 'empty', { name: 'Toni Exempel', organisation: 'Präventionskoordination' });
  const { agreements } = await seedLargeCityAgreements(page, { partners: 500, agreements: 1000, today });
  // A partner of an agreement in force, so its pairs are not all gaps.
  const sharing = agreements.find((agreement) => agreement.status === 'active' && agreement.startDate <= today && !agreement.endDate)!.parties[0]!.partnerId;
  const rows = page.locator('main table tbody tr').first();
  const open = async (hash: string) => {
    await page.goto(`${baseUrl}#${hash}`);
    await page.reload();
    await rows.waitFor();
  };
  // Viewport-sized shots: what a coordinator sees first on a laptop.
  const view = (name: string) => page.screenshot({ path: resolve(screensDir, `${lang}-m${name}.png`) });

  await open('/agreements/matrix');
  await view('1-matrix-partners');
  await open(`/agreements/matrix?partner=${sharing}`);
  await view('2-matrix-pairs');
  await page.locator('.matrix-uncovered').scrollIntoViewIfNeeded();
  await view('2-matrix-pairs-uncovered');
  await open('/agreements/matrix?sector=police');
  await view('3-matrix-sector');
  // The name search is kept in memory only (never in the URL): typed, as a coordinator does.
  await open('/agreements/matrix');
  await page.getByRole('searchbox').fill('p');
  await page.getByRole('grid').waitFor();
  await view('4-matrix-largest-grid');
  await page.locator('main table [data-cell="3-5"]').focus();
  await page.keyboard.press('ArrowRight');
  await view('5-matrix-keyboard');
  await open('/agreements?page=2');
  await view('6-register-page-2');
});
