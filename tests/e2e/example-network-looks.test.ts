/**
 * A new user at 1366×768, in German and in English, loads the example network and finds every
 * part of the app working: a meeting, an overdue action, a case with its summary on top, an
 * agreement; and a partner select that is sorted by name and does not offer a former partner.
 *
 * Labels are read from the locale files, so a change of wording does not break the test; the
 * example's names come from the example itself. With LOOKS_SCREENSHOTS=<dir>, every page
 * visited is also saved as a screenshot there, to be looked at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exampleNetwork } from '../../renderer/src/domain/example-network';
import { firstStart } from './pages/app';
import { defaultTimeZones, launchBrowser } from './support/browser';

type Language = 'de' | 'en';
type Json = { [key: string]: string | Json };

function words(language: Language, namespace: string): (path: string, values?: Record<string, string>) => string {
  const json = JSON.parse(readFileSync(join('locales', language, `${namespace}.json`), 'utf8')) as Json;
  return (path, values = {}) => {
    const found = path.split('.').reduce<string | Json | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), json);
    if (typeof found !== 'string') throw new Error(`no text ${language}/${namespace}:${path}`);
    return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  };
}

const shots = process.env['LOOKS_SCREENSHOTS'];

async function shoot(page: Page, language: Language, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(shots, `${language}-${name}.png`), fullPage: false });
  await page.screenshot({ path: join(shots, `${language}-${name}-full.png`), fullPage: true });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(['de', 'en'] as const)('the example network at 1366×768 (%s)', (language) => {
  const common = words(language, 'common');
  const referrals = words(language, 'referrals');
  const meetings = words(language, 'meetings');
  const agreements = words(language, 'agreements');
  const partners = exampleNetwork(language);
  const partnerName = (sector: string) => partners.find((partner) => partner.sector === sector)!.name;
  const former = partners.find((partner) => partner.status === 'former')!.name;
  const locale = language === 'de' ? 'de-DE' : 'en-GB';

  it(
    'shows a meeting, an overdue action, an agreement and a case with its summary; selects are sorted without former partners',
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext({ locale, timezoneId: defaultTimeZones[locale], viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(inject('baseUrl'));
      const app = await firstStart(page, language, 'example');
      const main = page.getByRole('main');
      const nav = (name: string) =>
        page
          .getByRole('navigation')
          .getByRole('link', { name: common(`nav.${name}`), exact: true })
          .click();
      await shoot(page, language, 'overview');

      await nav('meetings');
      const meetingTitle = language === 'de' ? 'Beispiel-Sitzung des Runden Tisches' : 'Example round-table meeting';
      await main.getByRole('link', { name: meetingTitle, exact: true }).waitFor();
      await shoot(page, language, 'meetings');
      await main
        .getByRole('link', { name: meetings('new') })
        .first()
        .click();
      await main.locator('input[type="url"]').waitFor();
      await shoot(page, language, 'meeting-form');
      await nav('meetings');
      await main.getByRole('link', { name: meetingTitle, exact: true }).click();
      await expect.poll(() => app.heading().textContent()).toBe(meetingTitle);
      await shoot(page, language, 'meeting');

      await nav('actions');
      const overdue = language === 'de' ? 'Beispiel: Fortbildungstermine für Lehrkräfte abstimmen' : 'Example: agree training dates for teachers';
      await main.getByText(overdue).first().waitFor();
      await shoot(page, language, 'actions');

      await nav('agreements');
      await main
        .getByRole('link', { name: /^(Beispiel|Example): / })
        .first()
        .waitFor();
      await shoot(page, language, 'agreements');
      await main
        .getByRole('link', { name: agreements('new') })
        .first()
        .click();
      const party = main.getByLabel(agreements('parties.partner', { number: '1' }), { exact: true });
      await party.locator('option').nth(3).waitFor({ state: 'attached' });
      const parties = (await party.locator('option').allTextContents()).slice(1);
      expect(parties).toEqual([...parties].sort(new Intl.Collator(language, { sensitivity: 'base', numeric: true }).compare));
      expect(parties.some((name) => name.startsWith(former))).toBe(false);
      await shoot(page, language, 'agreement-form');
      await nav('agreements');
      await page
        .getByRole('button', { name: common('unsaved.confirm') })
        .click({ timeout: 2000 })
        .catch(() => undefined);

      await nav('referrals');
      const caseLink = main.getByRole('link', { name: /^RT-\d{4}-\d{4}$/ });
      await caseLink.first().waitFor();
      await shoot(page, language, 'referrals');
      await caseLink.first().click();
      const summary = page.getByRole('region', { name: referrals('caseSummary.title') });
      await summary.waitFor();
      const text = (await summary.textContent()) ?? '';
      expect(text).toContain(referrals('vocab.statuses.support'));
      expect(text).toContain(referrals('vocab.risk.medium'));
      expect(text).toContain(partnerName('prevention_coordination'));
      expect(text).toContain(language === 'de' ? 'Beispiel: Gesprächsangebot an die Familie' : 'Example: offer a conversation to the family');
      // The next step's due date (five days from today in the example), whatever the date style.
      expect(text).toContain(`${referrals('detail.due', { date: '' }).trim()} `);
      expect(text).toMatch(/20\d\d$/);
      // The summary comes before every other section of the page.
      const firstSection = await main.locator('section').first().getAttribute('aria-labelledby');
      expect(firstSection).toBe('case-summary-title');
      await shoot(page, language, 'case');

      await nav('referrals');
      await main
        .getByRole('link', { name: referrals('new') })
        .first()
        .click();
      const referrer = main.getByLabel(referrals('fields.referringPartner'), { exact: true });
      await referrer.locator('option').nth(3).waitFor({ state: 'attached' });
      const offered = (await referrer.locator('option').allTextContents()).slice(1);
      const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
      expect(offered).toEqual([...offered].sort(collator.compare));
      expect(offered).not.toContain(former);
      expect(offered.some((name) => name.startsWith(former))).toBe(false);
      expect(offered).toHaveLength(partners.length - 1);
      await shoot(page, language, 'referral-form');

      await nav('partners');
      await main.getByRole('link', { name: partnerName('school') }).waitFor();
      await shoot(page, language, 'partners');

      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
