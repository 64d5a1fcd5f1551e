/**
 * The data-protection officer's page, in English: with disclosures on the first and last day
 * of a period, inside it and just outside it, the page's disclosure log for the period lists
 * exactly those inside, the CSV download holds the same rows, and the records of processing
 * name the agreement's purpose and legal basis and the partners that received data.
 * Screenshots go to test-results/screens/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Agreement } from '../../renderer/src/domain/agreement';
import type { Disclosure } from '../../renderer/src/domain/disclosure';
import type { Partner } from '../../renderer/src/domain/partner';
import type { RecordMeta } from '../../renderer/src/domain/record';
import type { Referral } from '../../renderer/src/domain/referral';
import { firstStart } from './pages/app';
import { launchBrowser, openApp } from './support/browser';
import { printFrameToPdfText, saveDownload } from './support/files';
import { appKeys, sealRows } from './support/sealing';
import { gotoAndUnlock } from './support/session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const stamp = '2025-01-05T09:00:00.000Z';
const meta = (): RecordMeta => ({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, deletedAt: null, revision: 1 });
const partner = (name: string, sector: Partner['sector']): Partner => ({
  ...meta(),
  name,
  shortName: '',
  sector,
  status: 'active',
  role: '',
  joinedOn: '',
  notes: '',
});

const police = partner('Musterstadt Police', 'police');
const school = partner('North Comprehensive School', 'school');
const youth = partner('Youth Services Musterstadt', 'social_services');

const referral = (number: number): Referral => ({
  ...meta(),
  caseCode: `RT-2025-${String(number).padStart(4, '0')}`,
  caseYear: 2025,
  caseNumber: number,
  initials: '',
  ageBand: '16_17',
  gender: 'not_stated',
  area: '',
  referringPartnerId: school.id,
  referringContactId: null,
  receivedOn: '2025-01-10',
  leadPartnerId: police.id,
  involvedPartnerIds: [],
  concernTypes: ['right_wing'],
  vulnerabilities: [],
  summary: 'Secret case description',
  consent: 'obtained',
  consentFrom: 'Parents',
  consentOn: '2025-01-10',
  consentJustification: '',
  riskLevel: 'medium',
  riskAssessedOn: '',
  status: 'screening',
  outcome: null,
  closedOn: null,
  nextReviewOn: null,
  retentionFrom: null,
  corrections: [],
});
const cases = [referral(1), referral(2)];

const agreement: Agreement = {
  ...meta(),
  title: 'School and police sharing agreement',
  parties: [
    { partnerId: police.id, role: 'separate_controller' },
    { partnerId: school.id, role: 'separate_controller' },
  ],
  purpose: 'Preventing young people from being drawn into extremism',
  legalBases: ['uk_gdpr_6_1_e', 'dpa_2018_sch_1'],
  legalBasisOther: '',
  dataCategories: ['identity', 'ideology_beliefs'],
  sharingMethod: '',
  security: '',
  retentionPeriod: '',
  retentionMonths: null,
  deletionArrangements: '',
  startDate: '2025-01-01',
  reviewDate: '2099-01-01',
  endDate: '',
  signatories: [{ name: 'Dr. Example', organisation: 'School', role: 'Head', signedOn: '2025-01-01' }],
  status: 'active',
  documentReference: '',
};

const disclosure = (sharedOn: string, more: Partial<Disclosure> = {}): Disclosure => ({
  ...meta(),
  referralId: cases[0]!.id,
  sharedOn,
  fromPartnerId: school.id,
  toPartnerId: police.id,
  dataCategories: ['identity', 'ideology_beliefs'],
  description: `Note of ${sharedOn}`,
  purpose: `Case conference ${sharedOn}`,
  consent: 'with_consent',
  agreementId: agreement.id,
  noAgreementReason: '',
  recordedBy: 'Toni Exempel (Prevention office)',
  ...more,
});
const period = { from: '2025-03-01', to: '2025-03-31' };
const inside = [
  disclosure('2025-03-01'),
  disclosure('2025-03-15', {
    referralId: cases[1]!.id,
    fromPartnerId: police.id,
    toPartnerId: youth.id,
    agreementId: '',
    noAgreementReason: 'Immediate risk to life',
    consent: 'without_consent',
  }),
  disclosure('2025-03-31', { fromPartnerId: police.id, toPartnerId: school.id }),
];
const outside = [disclosure('2025-02-28'), disclosure('2025-04-01')];

async function seed(page: Page): Promise<void> {
  const keys = await appKeys(page);
  const rows: Record<string, object[]> = {
    partners: sealRows(keys, 'partners', [police, school, youth]),
    referrals: sealRows(keys, 'referrals', cases),
    agreements: sealRows(keys, 'agreements', [agreement]),
    disclosures: sealRows(keys, 'disclosures', [...outside, ...inside]),
  };
  await page.evaluate(
    (tables) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [store, list] of Object.entries(tables)) for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

/** A CSV line split into its cells (every field is quoted; quotes inside are doubled). */
function csvCells(line: string): string[] {
  return [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1]!.replace(/""/g, '"'));
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

describe('the data-protection page (en)', () => {
  it('lists exactly the disclosures of the period, downloads them as CSV, and names purposes, legal bases and recipients', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'en-GB');
    const { page } = session;
    const app = await firstStart(page, 'en', 'empty');
    await page.locator('main').waitFor();
    await seed(page);
    await gotoAndUnlock(page, `${inject('baseUrl')}#/data-protection?from=${period.from}&to=${period.to}`);
    await expect.poll(() => app.heading().textContent()).toBe('Data protection');
    // The nav item leads here too.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Data protection', exact: true }).getAttribute('aria-current')).toBe('page');

    // The log of the period: the three inside, first and last day included, none outside.
    const log = page.getByTestId('dpo-log');
    await log.waitFor();
    expect(await page.getByTestId('dpo-log-count').textContent()).toBe('3 disclosures in the period');
    const rows = await log.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')));
    expect(rows).toEqual([
      [
        'RT-2025-0001',
        '1 Mar 2025',
        school.name,
        police.name,
        'Identity, Ideology and beliefs',
        'Case conference 2025-03-01',
        'With consent',
        agreement.title,
        'UK GDPR Art. 6(1)(e) – public task; DPA 2018 Schedule 1',
      ],
      [
        'RT-2025-0002',
        '15 Mar 2025',
        police.name,
        youth.name,
        'Identity, Ideology and beliefs',
        'Case conference 2025-03-15',
        'Without consent',
        'No agreement: Immediate risk to life',
        '',
      ],
      [
        'RT-2025-0001',
        '31 Mar 2025',
        police.name,
        school.name,
        'Identity, Ideology and beliefs',
        'Case conference 2025-03-31',
        'With consent',
        agreement.title,
        'UK GDPR Art. 6(1)(e) – public task; DPA 2018 Schedule 1',
      ],
    ]);
    const pageText = await page.locator('main').textContent();
    for (const left of outside) expect(pageText).not.toContain(left.purpose);

    // The CSV holds the same disclosures, each column in words.
    await page.getByTestId('dpo-log-export').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/Disclosure log.*\.csv$/);
    const lines = readFileSync(await saveDownload(download), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map(csvCells);
    expect(lines[0]).toEqual([
      'Case',
      'Shared on',
      'Shared by',
      'Shared with',
      'Data categories',
      'What was shared',
      'Purpose',
      'Consent',
      'Agreement',
      'Legal basis',
      'Logged by',
      'Logged at',
    ]);
    expect(lines.slice(1).map((cells) => [cells[0], cells[1], cells[2], cells[3], cells[5], cells[8], cells[9]])).toEqual(
      inside.map((shared, index) => [
        cases.find((c) => c.id === shared.referralId)!.caseCode,
        rows[index]![1],
        [police, school, youth].find((p) => p.id === shared.fromPartnerId)!.name,
        [police, school, youth].find((p) => p.id === shared.toPartnerId)!.name,
        shared.description,
        shared.agreementId ? agreement.title : `No agreement: ${shared.noAgreementReason}`,
        shared.agreementId ? 'UK GDPR Art. 6(1)(e) – public task; DPA 2018 Schedule 1' : '',
      ]),
    );

    // The records of processing: the agreement's purpose and legal bases, the recipients with counts.
    const purposes = page.getByTestId('dpo-purposes');
    expect(await purposes.textContent()).toContain(agreement.purpose);
    expect(await purposes.textContent()).toContain('UK GDPR Art. 6(1)(e) – public task');
    expect(await purposes.textContent()).toContain('DPA 2018 Schedule 1');
    const recipients = await page
      .getByTestId('dpo-recipients')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')));
    // Police received three (28 Feb, 1 Mar, 1 Apr), the school one, youth services one.
    expect(recipients).toEqual([
      [police.name, '3'],
      [school.name, '1'],
      [youth.name, '1'],
    ]);
    expect(await page.getByTestId('dpo-due-link').getAttribute('href')).toBe('#/data-protection/due');

    // The whole page as one report (PDF through the print path): the marking, and the log of the period.
    await page.getByRole('button', { name: 'Export report' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Format', { exact: true }).selectOption({ label: 'PDF' });
    await dialog.getByLabel('Language of the report', { exact: true }).selectOption({ label: 'English' });
    await page.evaluate(() => document.querySelector('iframe[name="roundtable-print"]')?.remove());
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await page.waitForSelector('iframe[name="roundtable-print"]', { state: 'attached' });
    const printed = page.frame({ name: 'roundtable-print' })!;
    await printed.waitForLoadState();
    const printedText = (await printed.locator('body').textContent()) ?? '';
    for (const shared of inside) expect(printedText).toContain(shared.purpose);
    for (const left of outside) expect(printedText).not.toContain(left.purpose);
    expect(printedText).toContain(agreement.purpose);
    const pdf = await printFrameToPdfText(page, session.context, inject('baseUrl'));
    expect(pdf).toContain('Data-protection report');
    expect(pdf).toContain('Confidential');

    // A link to a period that starts a day later leaves the first day's disclosure out.
    await page.evaluate(() => (location.hash = '#/data-protection?from=2025-03-02&to=2025-03-31'));
    await expect.poll(() => page.getByTestId('dpo-log-count').textContent()).toBe('2 disclosures in the period');

    await screenshot(page, 'data-protection-en');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
