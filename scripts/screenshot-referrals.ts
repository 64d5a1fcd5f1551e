/** Screenshots of the referral screens, German and English (`npm run screenshots:referrals`). */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, openApp } from '../tests/e2e/support/browser';
import { startWebEdition } from '../tests/e2e/support/server';

const outDir = resolve(import.meta.dirname, '../test-results/screens');
mkdirSync(outDir, { recursive: true });
const w = {
  de: { example: /Beispielnetzwerk laden/, name: 'Ihr Name', org: 'Organisation', who: 'Wer arbeitet hier', save: 'Speichern', referrer: 'Meldende Partner*in', concern: 'Rechtsextremismus', status: 'Status ändern …', newStatus: 'Neuer Status', change: 'Status ändern' },
  en: { example: /Load an example network/, name: 'Your name', org: 'Organisation', who: 'Who is working here', save: 'Save', referrer: 'Referring partner', concern: 'Right-wing extremism', status: 'Change status…', newStatus: 'New status', change: 'Change status' },
};
const server = await startWebEdition();
const browser = await launchBrowser();
try {
  for (const locale of ['de-DE', 'en-GB'] as const) {
    const lang = locale.slice(0, 2) as 'de' | 'en';
    const words = w[lang];
    const { page, context, errors } = await openApp(browser, server.url, locale);
    const shot = (name: string) => page.screenshot({ path: resolve(outDir, `${lang}-r${name}.png`), fullPage: true });
    await page.getByRole('button', { name: words.example }).click();
    await page.locator('.coverage-grid').first().waitFor();
    await page.goto(`${server.url}#/settings`);
    await page.getByLabel(words.name, { exact: true }).fill('Toni Exempel');
    await page.getByLabel(words.org, { exact: true }).fill('Präventionskoordination');
    await page.getByRole('region', { name: words.who }).getByRole('button', { name: words.save }).click();
    await page.goto(`${server.url}#/referrals/new`);
    await page.locator('form').waitFor();
    await page.getByLabel(words.referrer, { exact: true }).selectOption({ index: 4 });
    await page.getByLabel(words.concern).check();
    await shot('1-form');
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await page.locator('.lifecycle').waitFor();
    await page.getByRole('button', { name: words.status }).click();
    await shot('2-transition');
    await page.getByRole('dialog').getByRole('button', { name: words.change }).click();
    await page.waitForTimeout(400);
    await shot('3-detail');
    await page.goto(`${server.url}#/referrals`);
    await page.locator('table').waitFor();
    await shot('4-list');
    await page.goto(`${server.url}#/settings`);
    await page.locator('h1').waitFor();
    await shot('5-settings');
    if (errors.length) console.log(`${lang} page errors:`, errors);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${outDir}`);
