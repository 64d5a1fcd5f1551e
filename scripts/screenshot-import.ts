/**
 * Screenshots of the partner import and the list exports at 1366×768 (`npm run
 * screenshots:import`), in German and English: the file step with a refused file, the column
 * mapping, the preview with every row's problems, the summary, and the export menus of the
 * partner list and the action tracker.
 */
import { firstStart } from '../tests/e2e/pages/app';
import { englishXlsx, germanCsv } from '../tests/e2e/support/import-files';
import { seedLargeMeeting } from '../tests/e2e/support/seed-large-meeting';
import { gotoAndUnlock } from '../tests/e2e/support/session';
import { forEachLanguage } from './screens-support';

await forEachLanguage('import-', async ({ lang, page, baseUrl, shot }) => {
  const de = lang === 'de';
  await page.setViewportSize({ width: 1366, height: 768 });
  await firstStart(page, lang, 'example');
  await seedLargeMeeting(page, {
    items: 2,
    earlierMeetings: 1,
    backgroundMeetings: 0,
    actionsPerMeeting: 3,
    attendees: 6,
    title: de ? 'Netzwerktreffen' : 'Network meeting',
  });
  await gotoAndUnlock(page, `${baseUrl}#/partners`);
  await page.locator('main table tbody tr').first().waitFor();
  await page.getByTestId('partner-export').locator('summary').click();
  await shot('partner-list-export');

  await page.getByRole('link', { name: de ? 'Importieren' : 'Import', exact: true }).click();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: de ? 'Protokoll.pdf' : 'minutes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
  await page.getByRole('alert').waitFor();
  await shot('1-choose-refused');

  await page.getByTestId('import-file').setInputFiles(de ? germanCsv() : await englishXlsx());
  await page.locator('.import-mapping').waitFor();
  await shot('2-mapping');
  await page.getByRole('button', { name: de ? 'Zeilen prüfen' : 'Check rows' }).click();
  await page.locator('.import-rows').waitFor();
  await shot('3-preview');
  await page.locator('.import-preview .button.primary').click();
  await page.getByTestId('import-done').waitFor();
  await shot('4-done');

  await page
    .getByRole('navigation')
    .getByRole('link', { name: de ? 'Aufgaben' : 'Actions' })
    .click();
  await page.getByTestId('tracker-export').locator('summary').click();
  await shot('tracker-export');
});
