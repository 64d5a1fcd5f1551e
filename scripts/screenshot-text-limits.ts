/**
 * Screenshots of text limits, German and English (`npx tsx scripts/screenshot-text-limits.ts`):
 * the counter near the limit, over it, the refusal on saving, and initials that are a name.
 */
import { exampleNetworkWithLocalUser, forEachLanguage } from './screens-support';

const words = {
  de: {
    guest: 'Name des Gasts',
    addGuest: 'Gast hinzufügen',
    note: 'Bemerkung',
    addDecision: 'Beschluss hinzufügen',
    decision: 'Beschluss 1',
    cancel: 'Abbrechen',
    discard: 'Änderungen verwerfen',
    meeting: 'Sitzung planen',
    title: 'Titel',
    save: 'Speichern',
    addItem: 'Tagesordnungspunkt hinzufügen',
    minutes: 'Protokoll',
    initials: 'Initialen (optional)',
  },
  en: {
    guest: 'Guest’s name',
    addGuest: 'Add guest',
    note: 'Note',
    addDecision: 'Add decision',
    decision: 'Decision 1',
    cancel: 'Cancel',
    discard: 'Discard changes',
    meeting: 'Plan meeting',
    title: 'Title',
    save: 'Save',
    addItem: 'Add agenda item',
    minutes: 'Minutes',
    initials: 'Initials (optional)',
  },
};

await forEachLanguage('t', async ({ lang, page, baseUrl }) => {
  const w = words[lang];
  const shotOf = async (selector: string, name: string) => {
    // Success notices sit bottom right, where the counter is: clear them first.
    while ((await page.locator('.notices button').count()) > 0) await page.locator('.notices button').first().click();
    await page
      .locator(selector)
      .first()
      .screenshot({ path: `test-results/screens/${lang}-t${name}.png` });
  };
  await exampleNetworkWithLocalUser({ lang, page, baseUrl });
  await page.goto(`${baseUrl}#/meetings/new`);
  await page.getByLabel(w.title, { exact: true }).fill(lang === 'de' ? 'Netzwerktreffen Juni' : 'Network meeting June');
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.getByRole('button', { name: w.addItem }).click();
  const editor = page.locator('.agenda-editor');
  await editor.getByLabel(w.title, { exact: true }).fill(lang === 'de' ? 'Lagebild' : 'Situation report');
  const minutes = editor.getByLabel(w.minutes, { exact: true });
  await minutes.fill('Lorem ipsum dolor sit amet. '.repeat(1700).slice(0, 46_500));
  await shotOf('.agenda-editor .field:has(textarea)', '1-near');
  await minutes.fill('Lorem ipsum dolor sit amet. '.repeat(1800).slice(0, 50_001));
  await shotOf('.agenda-editor .field:has(textarea)', '2-over');
  await editor.getByRole('button', { name: w.save, exact: true }).click();
  await editor.locator('.error').first().waitFor();
  await shotOf('.agenda-editor', '3-refused');
  await minutes.fill('');
  await editor.getByRole('button', { name: w.addDecision }).click();
  await editor.getByLabel(w.decision, { exact: true }).fill('Beschluss. '.repeat(460));
  await shotOf('.agenda-editor fieldset', '6-decision');

  await page.getByLabel(w.guest, { exact: true }).fill('Kim Gast');
  await page.getByRole('button', { name: w.addGuest }).click();
  const note = page.getByLabel(`${w.note}: Kim Gast`, { exact: true });
  await note.fill('Entschuldigt. '.repeat(15));
  await note.press('Tab');
  await shotOf('table', '7-attendance-note');

  await page.goto(`${baseUrl}#/referrals/new`);
  await page.locator('form').waitFor();
  await page.getByLabel(w.initials, { exact: true }).fill('Max Mustermann');
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.locator('.form-summary').waitFor();
  await shotOf('form fieldset', '4-initials');
  await page.goto(`${baseUrl}#/settings`);
  await page.locator('.network-form').waitFor();
  await page.getByLabel(lang === 'de' ? 'Name des Netzwerks' : 'Name of the network', { exact: true }).fill('N'.repeat(195));
  await shotOf('.network-form', '5-network-name');
});
