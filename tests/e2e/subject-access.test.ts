/**
 * Subject access, in English: two cases (A and B) recorded through the UI, each with a
 * disclosure and a sharing acknowledgement, and one case-panel item whose minutes name both.
 * Case A's export, as PDF and as JSON, holds A's case, timeline, disclosure (with its
 * agreement's legal basis), acknowledgement, the paragraph about A and the audit history,
 * and nothing of B: not its code, initials, summary, disclosure or paragraph.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstStart, type AppPage } from './pages/app';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { printFrameToPdfText, saveDownload } from './support/files';

let browser: Browser;
let session: AppSession;
let app: AppPage;
const codes = { a: '', b: '' };
const caseUrls = { a: '', b: '' };

const entered = {
  a: {
    initials: 'A. K.',
    summary: 'Summary A: shares stickers at the youth club.',
    acknowledgement: 'Reason A: the school must be heard at once.',
    disclosure: 'Disclosure A: youth club report',
    purpose: 'Purpose A: assess the risk',
    paragraph: 'family support agreed.',
  },
  b: {
    initials: 'B. Q.',
    summary: 'Summary B: secret of the other case.',
    acknowledgement: 'Reason B: social services take the lead.',
    disclosure: 'Disclosure B: school report',
    purpose: 'Purpose B: plan support',
    noAgreement: 'Emergency B: danger to life',
    paragraph: 'contact with group X.',
  },
};

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'en-GB');
  app = await firstStart(session.page, 'en', 'example');
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

async function recordCase(
  page: Page,
  input: { initials: string; summary: string; referring: string; lead: string; involved?: string; acknowledgement: string },
): Promise<string> {
  await app.navigate('Referrals');
  await page.getByRole('link', { name: 'Record referral' }).first().click();
  await page.getByLabel('Initials (optional)').fill(input.initials);
  await page.getByLabel('Referring partner', { exact: true }).selectOption({ label: input.referring });
  await page.getByLabel('Lead partner', { exact: true }).selectOption({ label: input.lead });
  if (input.involved) await page.getByRole('group', { name: 'Partners involved' }).getByLabel(input.involved, { exact: true }).check();
  await page.getByLabel('Right-wing extremism').check();
  await page.getByLabel('Summary of the concern').fill(input.summary);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const warning = page.getByRole('dialog', { name: 'No agreement covers this sharing' });
  await warning.getByLabel('Reason for going ahead').fill(input.acknowledgement);
  await warning.getByRole('button', { name: 'Acknowledge and save' }).click();
  await expect.poll(() => app.heading().textContent()).toMatch(/^RT-\d{4}-\d{4}$/);
  return (await app.heading().textContent())!;
}

async function logDisclosure(page: Page, input: { description: string; purpose: string; noAgreement?: string }) {
  const log = page.getByRole('region', { name: 'Disclosure log' });
  await log.getByRole('button', { name: 'Log a disclosure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a disclosure' });
  if (input.noAgreement) await dialog.getByLabel('Why it was shared without an agreement').fill(input.noAgreement);
  else await expect.poll(() => dialog.getByLabel('Under agreement').inputValue()).not.toBe('');
  await dialog.getByLabel('What was shared').fill(input.description);
  await dialog.getByLabel('Why (purpose)').fill(input.purpose);
  await dialog.getByRole('button', { name: 'Log disclosure' }).click();
  await expect.poll(() => log.textContent()).toContain(input.description);
}

/** Opens the subject-access dialog by keyboard and exports in the format chosen. */
async function exportSubjectAccess(page: Page, format: 'PDF (to read or send)' | 'JSON (machine-readable)') {
  const button = page.getByRole('button', { name: 'Subject access export' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Subject access export' });
  // The format field has the focus when the dialog opens.
  await expect.poll(() => dialog.getByLabel('Format', { exact: true }).evaluate((element) => element === document.activeElement)).toBe(true);
  await dialog.getByLabel('Format', { exact: true }).selectOption({ label: format });
  await dialog.getByLabel('Language of the export', { exact: true }).selectOption({ label: 'English' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).focus();
  if (format.startsWith('PDF')) {
    await page.keyboard.press('Enter');
    await page.waitForSelector('iframe[name="roundtable-print"]', { state: 'attached' });
    return null;
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return download;
}

describe('subject access export', () => {
  it('records two cases, a disclosure each, and a case discussion naming both', async () => {
    const { page } = session;
    codes.a = await recordCase(page, {
      ...entered.a,
      referring: 'Living Diversity (registered association)',
      lead: 'Musterstadt City Council – Community Safety',
      involved: 'Lindenpark Comprehensive School',
    });
    caseUrls.a = page.url();
    await logDisclosure(page, { description: entered.a.disclosure, purpose: entered.a.purpose });

    codes.b = await recordCase(page, {
      ...entered.b,
      referring: 'Lindenpark Comprehensive School',
      lead: 'Musterstadt Social Services (incl. asylum-seeker support)',
    });
    caseUrls.b = page.url();
    await logDisclosure(page, { description: entered.b.disclosure, purpose: entered.b.purpose, noAgreement: entered.b.noAgreement });

    await app.navigate('Meetings');
    await page.getByRole('link', { name: 'Plan meeting' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Case panel March');
    await page.getByLabel('Type', { exact: true }).selectOption('case_panel');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Case panel March');
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    const editor = page.locator('.agenda-editor');
    await editor.getByLabel('Title', { exact: true }).fill('Case discussions');
    await editor.getByLabel(/^Case discussion/).check();
    await editor.getByLabel('Minutes', { exact: true }).fill(`${codes.a}: ${entered.a.paragraph}\n\n${codes.b}: ${entered.b.paragraph}`);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.agenda-editor').waitFor({ state: 'detached' });
    expect(codes.a).not.toBe(codes.b);
    expect(session.errors).toEqual([]);
  });

  it('exports case A as PDF: Confidential on every page, all of A, nothing of B', async () => {
    const { page, context } = session;
    await page.goto(caseUrls.a);
    await expect.poll(() => app.heading().textContent()).toBe(codes.a);
    await exportSubjectAccess(page, 'PDF (to read or send)');
    const text = await printFrameToPdfText(page, context, inject('baseUrl'));
    const flat = text.replace(/\s+/g, ' ');

    expect(flat).toContain(`Subject access: ${codes.a}`);
    expect(flat).toContain('Toni Exempel (Präventionskoordination Musterstadt)');
    for (const pageText of text.split('\f').filter((part) => part.trim())) expect(pageText).toContain('Confidential');
    // The case, its timeline, disclosure (with the agreement's legal basis), acknowledgement, the paragraph about A, the audit history.
    expect(flat).toContain(entered.a.summary);
    expect(flat).toContain('Right-wing extremism');
    expect(flat).toContain('Timeline');
    expect(flat).toContain('Received');
    expect(flat).toContain(entered.a.disclosure);
    expect(flat).toContain('UK GDPR Art. 6(1)(e) – public task');
    expect(flat).toContain(entered.a.acknowledgement);
    expect(flat).toContain(`${codes.a}: ${entered.a.paragraph}`);
    expect(flat).toContain('Audit history');
    expect(flat).toContain('Case recorded');
    expect(flat).toContain('Disclosure logged');
    expect(flat).toMatch(/1 paragraph or decision of a discussion was left out because it names another case/);
    for (const secret of [
      codes.b,
      entered.b.initials,
      entered.b.summary,
      entered.b.disclosure,
      entered.b.acknowledgement,
      entered.b.noAgreement,
      entered.b.paragraph,
    ]) {
      expect(flat).not.toContain(secret);
    }
    expect(session.errors).toEqual([]);
  });

  it('exports case A as JSON with the same parts, and nothing of B', async () => {
    const { page } = session;
    const download = await exportSubjectAccess(page, 'JSON (machine-readable)');
    expect(download!.suggestedFilename()).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} ${codes.a} – Subject access\\.json$`));
    const raw = readFileSync(await saveDownload(download!), 'utf8');
    const data = JSON.parse(raw) as {
      format: string;
      version: number;
      caseCode: string;
      case: { field: string; value: unknown }[];
      timeline: { kind: { code: string } }[];
      disclosures: { description: string; agreement: { legalBases: { code: string; label: string }[] } | null }[];
      acknowledgements: { reason: string }[];
      caseDiscussions: { paragraphs: string[]; item: { title: string } }[];
      auditHistory: { action: { code: string }; actor: { name: string } }[];
    };
    expect(data).toMatchObject({ format: 'roundtable-subject-access', version: 1, caseCode: codes.a });
    expect(data.case.find((field) => field.field === 'summary')?.value).toBe(entered.a.summary);
    expect(data.timeline.map((entry) => entry.kind.code)).toContain('status');
    expect(data.disclosures.map((entry) => entry.description)).toEqual([entered.a.disclosure]);
    expect(data.disclosures[0]!.agreement?.legalBases.map((basis) => basis.code)).toContain('uk_gdpr_6_1_e');
    expect(data.acknowledgements.map((entry) => entry.reason)).toEqual([entered.a.acknowledgement]);
    expect(data.caseDiscussions.map((entry) => entry.paragraphs)).toEqual([[`${codes.a}: ${entered.a.paragraph}`]]);
    expect(data.auditHistory.map((entry) => entry.action.code)).toEqual(expect.arrayContaining(['create', 'acknowledge', 'disclose']));
    // The PDF given out before is on record in the case's history, and so in this export.
    expect(data.auditHistory.map((entry) => entry.action.code)).toContain('export');
    expect(data.auditHistory.every((entry) => entry.actor.name === 'Toni Exempel')).toBe(true);
    for (const secret of [
      codes.b,
      entered.b.initials,
      entered.b.summary,
      entered.b.disclosure,
      entered.b.acknowledgement,
      entered.b.noAgreement,
      entered.b.paragraph,
    ]) {
      expect(raw).not.toContain(secret);
    }
    expect(session.errors).toEqual([]);
  });
});
