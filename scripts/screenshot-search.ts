/**
 * Screenshots of the one search (`npm run screenshots:search`), German and English at
 * 1366 × 768: the field opened with Ctrl+K and its hint, results grouped by kind (partners,
 * meetings found by their minutes, actions), and a case found by its code.
 */
import { resolve } from 'node:path';
import { firstStart } from '../tests/e2e/pages/app';
import { seedLargeMeeting } from '../tests/e2e/support/seed-large-meeting';
import { seedLargeReferrals } from '../tests/e2e/support/seed-large-referrals';
import { reloadAndUnlock } from '../tests/e2e/support/session';
import { forEachLanguage, screensDir } from './screens-support';

await forEachLanguage('search-', async ({ lang, page }) => {
  // The dialog covers the window: what the coordinator sees is the viewport, not the page below it.
  const shot = (name: string) => page.screenshot({ path: resolve(screensDir, `${lang}-search-${name}.png`) });
  await page.setViewportSize({ width: 1366, height: 768 });
  await firstStart(page, lang, 'example');
  await seedLargeMeeting(page, {
    items: 8,
    earlierMeetings: 6,
    backgroundMeetings: 30,
    actionsPerMeeting: 2,
    title: lang === 'de' ? 'Netzwerktreffen Frühjahr' : 'Spring network meeting',
  });
  await seedLargeReferrals(page, { referrals: 6, partners: 13, contactsPerPartner: 1, eventsPerReferral: 2, auditPerReferral: 1, today: '2026-12-01' });
  // The seeded rows are read at the next unlock.
  await reloadAndUnlock(page);
  await page.locator('main h1').waitFor();

  await page.keyboard.press('Control+k');
  const field = page.getByRole('searchbox');
  await field.waitFor();
  await shot('hint');

  await field.fill(lang === 'de' ? 'Polizei' : 'school');
  await page.getByRole('menuitem').first().waitFor();
  await page.waitForTimeout(200);
  await shot('results');

  await page.mouse.move(0, 0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await shot('results-arrow');

  const code = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const first = request.result.transaction('referrals').objectStore('referrals').index('caseCode').openKeyCursor();
          first.onsuccess = () => {
            resolve(String(first.result?.key ?? ''));
            request.result.close();
          };
        };
      }),
  );
  await field.fill(code);
  await page.getByRole('menuitem', { name: code }).waitFor();
  await shot('case');
  await field.fill(lang === 'de' ? 'Quittenbaum' : 'quince tree');
  await page.waitForTimeout(300);
  await shot('nothing');
});
