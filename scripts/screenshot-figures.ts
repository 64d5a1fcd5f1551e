/**
 * Screenshots of the figures page, German and English (`npx tsx scripts/screenshot-figures.ts`,
 * after `npm run build:web`): the example network, whose records are dated from the day it is
 * loaded, over the last twelve months; charts, then the tables.
 */
import { exampleNetworkWithLocalUser, forEachLanguage } from './screens-support';

const words = {
  de: { figures: 'Kennzahlen', last12: 'Letzte 12 Monate', table: 'Als Tabelle zeigen' },
  en: { figures: 'Figures', last12: 'Last 12 months', table: 'Show as table' },
};

await forEachLanguage('figures-', async ({ lang, page, baseUrl, shot }) => {
  const w = words[lang];
  await page.setViewportSize({ width: 1366, height: 900 });
  await exampleNetworkWithLocalUser({ lang, page, baseUrl });
  await page.getByRole('navigation').getByRole('link', { name: w.figures, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: w.figures }).waitFor();
  await page.getByRole('button', { name: w.last12 }).click();
  await page.locator('.chart-image').first().waitFor();
  await page
    .locator('img.chart-image')
    .first()
    .evaluate((img) => (img as HTMLImageElement).decode());
  await shot('1-charts');
  for (const button of await page.getByRole('button', { name: w.table }).all()) await button.click();
  await shot('2-tables');
});
