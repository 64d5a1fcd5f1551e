/**
 * Takes screenshots of the built web edition in German and English, for a human to look
 * at (`npm run screenshots`, after `npm run build:web`). Writes to test-results/screens/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, openApp } from '../tests/e2e/support/browser';
import { startWebEdition } from '../tests/e2e/support/server';

const outDir = resolve(import.meta.dirname, '../test-results/screens');
mkdirSync(outDir, { recursive: true });

const server = await startWebEdition();
const browser = await launchBrowser();
try {
  for (const locale of ['de-DE', 'en-GB'] as const) {
    const lang = locale.slice(0, 2);
    const { page, context, errors } = await openApp(browser, server.url, locale);
    const shot = (name: string) => page.screenshot({ path: resolve(outDir, `${lang}-${name}.png`), fullPage: true });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot('01-first-start');
    await page.locator('.choice.primary').click();
    await page.locator('.coverage-grid').first().waitFor();
    await shot('02-overview');
    await page.goto(`${server.url}#/partners`);
    await page.locator('table').waitFor();
    await shot('03-partners');
    await page.locator('table a').first().click();
    await page.locator('.definition').waitFor();
    await shot('04-detail');
    await page.goto(`${server.url}#/partners/new`);
    await page.locator('form').waitFor();
    await page.locator('button[type=submit]').click();
    await shot('05-form-errors');
    await page.goto(`${server.url}#/settings`);
    await shot('06-settings');
    await page.goto(`${server.url}#/meetings`);
    await shot('07-coming-soon');
    if (errors.length) console.log(`${lang} page errors:`, errors);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${outDir}`);
