/**
 * Screenshots of agreements and the check on sharing, German and English
 * (`npm run screenshots:agreements`, after `npm run build:web`). The clock is fixed so the
 * agreement's review date has passed.
 */
import { exampleNetworkWithLocalUser, forEachLanguage } from './screens-support';

const words = {
  de: {
    save: 'Speichern',
    title: 'Titel',
    party: 'Vertragspartei',
    role: 'Rolle der Vertragspartei',
    purpose: 'Zweck',
    basis: 'DSGVO Art. 6 Abs. 1 lit. e – öffentliche Aufgabe',
    special: 'BDSG §22 – besondere Kategorien',
    identity: 'Identität',
    beliefs: /^Weltanschauung und Überzeugungen/,
    start: 'Beginn',
    review: 'Überprüfung am',
    addSignatory: 'Unterzeichner*in hinzufügen',
    signatory: 'Unterzeichner*in 1',
    signed: 'Unterschrieben am',
    referrer: 'Meldende Partner*in',
    lead: 'Federführende Partner*in',
    involved: 'Beteiligte Partner*innen',
    concern: 'Rechtsextremismus',
    disclose: 'Weitergabe protokollieren',
    discloseSave: 'Weitergabe protokollieren',
    register: 'Vereinbarungen zum Informationsaustausch',
  },
  en: {
    save: 'Save',
    title: 'Title',
    party: 'Party',
    role: 'Role of party',
    purpose: 'Purpose',
    basis: 'GDPR (DSGVO) Art. 6(1)(e) – public task',
    special: 'BDSG §22 – special categories',
    identity: 'Identity',
    beliefs: /^Ideology and beliefs/,
    start: 'Start date',
    review: 'Review date',
    addSignatory: 'Add signatory',
    signatory: 'Signatory 1',
    signed: 'Date signed',
    referrer: 'Referring partner',
    lead: 'Lead partner',
    involved: 'Partners involved',
    concern: 'Right-wing extremism',
    disclose: 'Log a disclosure',
    discloseSave: 'Log disclosure',
    register: 'Information-sharing agreements',
  },
};

await forEachLanguage('a', async ({ lang, page, baseUrl, shot }) => {
  const w = words[lang];
  const typeDate = async (label: string, digits: string, scope = page.locator('body')) => {
    await scope.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().click();
    await page.keyboard.type(digits);
  };
  await page.clock.setFixedTime(new Date('2026-04-15T10:00:00'));
  await page.reload();
  await exampleNetworkWithLocalUser({ lang, page, baseUrl });

  await page.goto(`${baseUrl}#/agreements/new`);
  await page.locator('form').waitFor();
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await shot('1-form-errors');
  await page.getByLabel(w.title, { exact: true }).fill(lang === 'de' ? 'Fallkonferenz Schule und Polizei' : 'Case panel: school and police');
  for (const [number, index] of [
    [1, 4],
    [2, 2],
  ] as const) {
    await page.getByLabel(`${w.party} ${number}`, { exact: true }).selectOption({ index });
    await page.getByLabel(`${w.role} ${number}`, { exact: true }).selectOption({ index: 2 });
  }
  await page.getByLabel(w.purpose, { exact: true }).fill(lang === 'de' ? 'Gemeinsame Einschätzung in Fallkonferenzen.' : 'Joint assessment at case panels.');
  await page.getByLabel(w.basis).check();
  await page.getByLabel(w.special).check();
  await page.getByLabel(w.identity, { exact: true }).check();
  await page.getByLabel(w.beliefs).check();
  await typeDate(w.start, '01032026');
  await typeDate(w.review, '01042026');
  await page.getByLabel('Status', { exact: true }).selectOption('active');
  await page.getByRole('button', { name: w.addSignatory }).click();
  const signatory = page.getByRole('group', { name: w.signatory });
  await signatory.getByLabel('Name', { exact: true }).fill('Dr. Paula Beispiel');
  await typeDate(w.signed, '01032026', signatory);
  await shot('2-form');
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.locator('.definition').first().waitFor();
  await shot('3-detail');
  // In-app navigation: wait for the register itself, not a table the page before still shows.
  await page.goto(`${baseUrl}#/agreements`);
  await page.getByRole('heading', { level: 1, name: w.register }).waitFor();
  await page.locator('main table').waitFor();
  await shot('4-register');
  await page.goto(`${baseUrl}#/`);
  await page.locator('.this-week .week-grid').waitFor();
  await shot('9-overview-reminder');
  await page.goto(`${baseUrl}#/agreements/matrix`);
  await page.getByRole('grid').waitFor();
  await shot('5-matrix');

  await page.goto(`${baseUrl}#/referrals/new`);
  await page.locator('form').waitFor();
  await page.getByLabel(w.referrer, { exact: true }).selectOption({ index: 4 });
  await page.getByLabel(w.lead, { exact: true }).selectOption({ index: 2 });
  await page.getByRole('group', { name: w.involved }).getByRole('checkbox').nth(4).check();
  await page.getByLabel(w.concern).check();
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.getByRole('dialog').waitFor();
  await shot('6-warning');
  await page
    .getByRole('dialog')
    .getByRole('textbox')
    .fill(lang === 'de' ? 'Akute Gefährdung; Vereinbarung in Unterzeichnung.' : 'Immediate risk; agreement being signed.');
  await page.getByRole('dialog').getByRole('button').last().click();
  await page.locator('.lifecycle').waitFor();
  await page.getByRole('button', { name: w.disclose }).click();
  await page
    .getByRole('dialog')
    .getByRole('textbox')
    .first()
    .fill(lang === 'de' ? 'Gesprächsnotiz der Schulsozialarbeit' : 'Note of the school social worker');
  await page
    .getByRole('dialog')
    .getByRole('textbox')
    .nth(1)
    .fill(lang === 'de' ? 'Vorbereitung der Fallkonferenz' : 'Preparing the case panel');
  await shot('7-disclosure-dialog');
  await page.getByRole('dialog').getByRole('button', { name: w.discloseSave }).click();
  await page.waitForTimeout(400);
  await shot('8-case');
});
