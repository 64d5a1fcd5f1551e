/**
 * Everything about a partner, in German and in English: its page shows its contact as
 * mailto:/tel: links, its meetings and attendance, its actions, cases and agreements, and each
 * "all" link lands on the full list filtered by it, saying so, with a way to clear the filter.
 * Screenshots at 1366 × 768 go to test-results/screens/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstStart } from './pages/app';
import { launchBrowser, openApp } from './support/browser';
import { seedPartnerNetwork } from './support/seed-partner-network';
import { reloadAndUnlock } from './support/session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const words = {
  de: {
    locale: 'de-DE',
    partners: 'Partnerorganisationen',
    meetings: 'Sitzungen (3)',
    actions: 'Aufgaben (1 offen)',
    cases: 'Fälle (3)',
    agreements: 'Vereinbarungen (1)',
    attendance: /Teilgenommen an 1 von 2 abgehaltenen Sitzungen/,
    allMeetings: /Alle 3 Sitzungen/,
    allCases: /Alle 3 Fälle/,
    allActions: /Alle 2 Aufgaben/,
    allAgreements: /Die Vereinbarung, an der/,
    meetingFilter: /nur die Sitzungen gezeigt, zu denen Polizeipräsidium Musterstadt eingeladen war/,
    clearMeetings: 'Alle Sitzungen zeigen',
    caseFilter: /nur die Fälle gezeigt, die Polizeipräsidium Musterstadt gemeldet hat/,
    clearCases: 'Alle Fälle zeigen',
  },
  en: {
    locale: 'en-GB',
    partners: 'Partners',
    meetings: 'Meetings (3)',
    actions: 'Actions (1 open)',
    cases: 'Cases (3)',
    agreements: 'Agreements (1)',
    attendance: /Attended 1 of 2 held meetings/,
    allMeetings: /All 3 meetings/,
    allCases: /All 3 cases/,
    allActions: /All 2 actions/,
    allAgreements: /The agreement this partner/,
    meetingFilter: /only the meetings Polizeipräsidium Musterstadt was invited to/,
    clearMeetings: 'Show all meetings',
    caseFilter: /only the cases Polizeipräsidium Musterstadt referred, leads or is involved in/,
    clearCases: 'Show all cases',
  },
} as const;

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

describe.each(['de', 'en'] as const)('a partner page (%s)', (language) => {
  it('shows the partner’s meetings, actions, cases and agreements, and its "all" links land on the filtered lists', async () => {
    const w = words[language];
    const session = await openApp(browser, inject('baseUrl'), w.locale);
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    const app = await firstStart(page, language, 'empty');
    await page.locator('main').waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    const network = await seedPartnerNetwork(page, today);
    await reloadAndUnlock(page);
    await app.heading().waitFor();
    const openPartnerPage = async () => {
      await app.navigate(w.partners);
      await page.getByRole('link', { name: network.partner.name }).click();
      await expect.poll(() => app.heading().textContent()).toBe(network.partner.name);
    };
    await openPartnerPage();

    // The contact: e-mail and phone open the mail and phone apps.
    expect(await page.getByRole('link', { name: 'kim.probe@polizei.example' }).getAttribute('href')).toBe('mailto:kim.probe@polizei.example');
    expect(await page.getByRole('link', { name: '+49 30 1234-567' }).getAttribute('href')).toBe('tel:+49301234567');

    const card = (title: string) => page.locator('section.card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    const meetings = card(w.meetings);
    await meetings.waitFor();
    for (const title of network.meetingTitles.invited) expect(await meetings.getByRole('link', { name: title }).count()).toBe(1);
    expect(await meetings.getByText(network.meetingTitles.notInvited).count()).toBe(0);
    expect(await meetings.textContent()).toMatch(w.attendance);
    const actions = card(w.actions);
    expect(await actions.getByRole('link', { name: network.actionTexts.open }).count()).toBe(1);
    expect(await actions.getByRole('link', { name: network.actionTexts.done }).count()).toBe(1);
    const cases = card(w.cases);
    for (const code of [network.caseCodes.referred, network.caseCodes.led, network.caseCodes.involved])
      expect(await cases.getByRole('link', { name: code }).count()).toBe(1);
    expect(await cases.getByText(network.caseCodes.unrelated).count()).toBe(0);
    // Codes and status only: nothing about the person.
    expect(await page.getByText('Geheime Fallbeschreibung').count()).toBe(0);
    expect(await card(w.agreements).getByRole('link', { name: network.agreementTitle }).count()).toBe(1);
    await screenshot(page, `partner-page-${language}`);

    // Meetings: only those it was invited to, the filter said in words, and cleared.
    await meetings.getByRole('link', { name: w.allMeetings }).click();
    await expect.poll(() => page.url()).toContain(`/meetings?partner=${network.partner.id}`);
    const meetingFilter = page.getByRole('status').filter({ hasText: w.meetingFilter });
    await meetingFilter.waitFor();
    await page.getByRole('link', { name: network.meetingTitles.invited[0] }).waitFor();
    for (const title of network.meetingTitles.invited) expect(await page.getByRole('link', { name: title }).count()).toBe(1);
    expect(await page.getByRole('link', { name: network.meetingTitles.notInvited }).count()).toBe(0);
    await screenshot(page, `partner-meetings-filtered-${language}`);
    await page.getByRole('button', { name: w.clearMeetings }).click();
    await page.getByRole('link', { name: network.meetingTitles.notInvited }).waitFor();
    expect(page.url()).not.toContain('partner=');

    // Cases: the three it has a role in, whatever their status.
    await openPartnerPage();
    await card(w.cases).getByRole('link', { name: w.allCases }).click();
    await expect.poll(() => page.url()).toContain(`partner=${network.partner.id}`);
    await page.getByRole('status').filter({ hasText: w.caseFilter }).waitFor();
    await page.getByRole('link', { name: network.caseCodes.involved }).waitFor();
    for (const code of [network.caseCodes.referred, network.caseCodes.led]) expect(await page.getByRole('link', { name: code }).count()).toBe(1);
    expect(await page.getByRole('link', { name: network.caseCodes.unrelated }).count()).toBe(0);
    await screenshot(page, `partner-cases-filtered-${language}`);
    await page.getByRole('button', { name: w.clearCases }).click();
    await page.getByRole('link', { name: network.caseCodes.unrelated }).waitFor();

    // Actions: the tracker filtered by owner, open and done.
    await openPartnerPage();
    await card(w.actions).getByRole('link', { name: w.allActions }).click();
    await expect.poll(() => page.url()).toContain(`owner=${network.partner.id}`);
    await page.getByText(network.actionTexts.open).first().waitFor();
    await page.getByText(network.actionTexts.done).first().waitFor();

    // Agreements: the register filtered by the party.
    await openPartnerPage();
    await card(w.agreements).getByRole('link', { name: w.allAgreements }).click();
    await expect.poll(() => page.url()).toContain(`partner=${network.partner.id}`);
    await page.getByRole('link', { name: network.agreementTitle }).waitFor();

    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
