/**
 * Screenshots of the long lists at a size that needs pages (`npm run screenshots:lists`):
 * the meeting list and the partner list with a pager, in German and English.
 */
import { firstStart } from '../tests/e2e/pages/app';
import { seedLargeMeeting } from '../tests/e2e/support/seed-large-meeting';
import { forEachLanguage } from './screens-support';

await forEachLanguage('lists-', async ({ lang, page, baseUrl, shot }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await firstStart(page, lang, 'example');
  await seedLargeMeeting(page, {
    items: 3,
    earlierMeetings: 12,
    backgroundMeetings: 120,
    actionsPerMeeting: 1,
    title: lang === 'de' ? 'Frühjahrstreffen' : 'Spring meeting',
  });
  await page.goto(`${baseUrl}#/meetings?page=2`);
  await page.reload();
  await page.locator('main table tbody tr').first().waitFor();
  await shot('meetings');
  // The title search is kept in memory only (never in the URL): typed, as a coordinator does.
  await page.getByRole('searchbox').fill(lang === 'de' ? 'treffen' : 'meeting 1');
  await page.locator('main table tbody tr').first().waitFor();
  await shot('meetings-search');
});
