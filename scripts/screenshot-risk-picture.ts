/**
 * Screenshots of the risk picture's list, editor and agreeing, German and English
 * (`npx tsx scripts/screenshot-risk-picture.ts`, after `npm run build:web`), on the example
 * network's draft edition.
 */
import { firstStart } from '../tests/e2e/pages/app';
import { exampleNetworkWithLocalUser, forEachLanguage } from './screens-support';

const words = {
  de: {
    nav: 'Lagebild',
    edit: 'Bearbeiten',
    find: 'Aufgabe verknüpfen …',
    fresh: 'Neu beginnen (ohne Vorlage)',
    save: 'Speichern',
    addSource: 'Quelle hinzufügen',
    agree: 'Abstimmen …',
    confirm: /schreibgeschützt/,
    submit: 'Als abgestimmt festhalten',
    explain: /Admiralty/,
  },
  en: {
    nav: 'Risk picture',
    edit: 'Edit',
    find: 'Link an action…',
    fresh: 'Start afresh (no template)',
    save: 'Save',
    addSource: 'Add source',
    agree: 'Agree…',
    confirm: /read-only/,
    submit: 'Record as agreed',
    explain: /Admiralty/,
  },
};

await forEachLanguage('risk-', async ({ lang, page, baseUrl, shot }) => {
  const w = words[lang];
  await page.clock.setFixedTime(new Date('2026-03-02T10:00:00'));
  await page.reload();
  await exampleNetworkWithLocalUser({ lang, page, baseUrl });
  await page.getByRole('navigation').getByRole('link', { name: w.nav, exact: true }).click();
  await page.locator('table').waitFor();
  await shot('1-list');

  await page.getByText(w.edit, { exact: true }).first().click();
  await page.locator('form').waitFor();
  await page.getByText(w.explain).first().click();
  await shot('2-editor');
  // The editor is long: in parts as well, each readable at full size.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let part = 0; part * 1400 < height; part += 1) {
    await page.screenshot({
      path: `test-results/screens/${lang}-risk-2-editor-part${part + 1}.png`,
      fullPage: true,
      clip: { x: 0, y: part * 1400, width: 1280, height: Math.min(1400, height - part * 1400) },
    });
  }
  await page.getByRole('button', { name: w.find }).first().click();
  await page.locator('.action-finder').waitFor();
  await page.locator('.action-finder').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/screens/${lang}-risk-3-finder.png` });

  await page.goto(`${baseUrl}#/risk-picture/new`);
  await page.locator('form').waitFor();
  await page.getByRole('button', { name: w.addSource }).click();
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.locator('.form-summary').waitFor();
  await shot('4-new-errors');

  await page.goto(`${baseUrl}#/risk-picture`);
  await page.getByText(w.agree, { exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('select').first().selectOption({ index: 1 });
  await dialog.locator('select').nth(1).selectOption({ index: 1 });
  await dialog.getByLabel(w.confirm).check();
  await page.screenshot({ path: `test-results/screens/${lang}-risk-5-agree.png` });
  await dialog.getByRole('button', { name: w.submit }).click();
  await page.waitForURL(/#\/risk-picture\/[^/]+$/);
  const id = new URL(page.url()).hash.split('/')[2];
  await page.goto(`${baseUrl}#/risk-picture`);
  await page.locator('table').waitFor();
  await shot('6-list-agreed');
  await page.goto(`${baseUrl}#/risk-picture/${id}/edit`);
  await page.locator('.notice').waitFor();
  await shot('7-agreed-notice');
});

await forEachLanguage('risk-empty-', async ({ lang, page, shot }) => {
  await firstStart(page, lang, 'empty');
  await page.getByRole('navigation').getByRole('link', { name: words[lang].nav, exact: true }).click();
  await page.locator('.empty-state').waitFor();
  await shot('list');
});
