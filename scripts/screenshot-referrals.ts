/** Screenshots of the referral screens, German and English (`npm run screenshots:referrals`). */
import { exampleNetworkWithLocalUser, forEachLanguage } from './screens-support';

const words = {
  de: { save: 'Speichern', referrer: 'Meldende Partner*in', concern: 'Rechtsextremismus', status: 'Status ändern …', change: 'Status ändern' },
  en: { save: 'Save', referrer: 'Referring partner', concern: 'Right-wing extremism', status: 'Change status…', change: 'Change status' },
};

await forEachLanguage('r', async ({ lang, page, baseUrl, shot }) => {
  const w = words[lang];
  await exampleNetworkWithLocalUser({ lang, page, baseUrl });
  await page.goto(`${baseUrl}#/referrals/new`);
  await page.locator('form').waitFor();
  await page.getByLabel(w.referrer, { exact: true }).selectOption({ index: 4 });
  await page.getByLabel(w.concern).check();
  await shot('1-form');
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.locator('.lifecycle').waitFor();
  await page.getByRole('button', { name: w.status }).click();
  await shot('2-transition');
  await page.getByRole('dialog').getByRole('button', { name: w.change }).click();
  await page.waitForTimeout(400);
  await shot('3-detail');
  await page.goto(`${baseUrl}#/referrals`);
  await page.locator('table').waitFor();
  await shot('4-list');
  await page.goto(`${baseUrl}#/settings`);
  await page.locator('h1').waitFor();
  await shot('5-settings');
});
