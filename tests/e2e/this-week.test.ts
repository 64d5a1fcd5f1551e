/**
 * "This week" on the overview, in German and in English: an overdue action (by its owning
 * partner), a case whose review is due and an agreement due for review are listed, and each
 * link lands on the list filtered to them, with the filter shown (and the record listed).
 * Records are written straight into the app's database, sealed as the app seals them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shiftDay, weekAction, weekAgreement, weekMeeting, weekPartner, weekReferral } from '../fixtures/week-records';
import { firstStart, type AppPage } from './pages/app';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { appKeys, sealRows } from './support/sealing';

const today = '2026-04-15';

const words = {
  de: {
    locale: 'de-DE',
    panel: 'Diese Woche',
    actions: 'Aufgaben überfällig oder in 7 Tagen fällig',
    overdue: '1 überfällig',
    cases: 'Fallmeldungen',
    agreements: 'Vereinbarungen',
    showOne: 'In der Liste zeigen',
    nothingDue: 'Nichts fällig.',
    due: 'Fällig',
    owner: 'Verantwortlich',
    reviewsDue: 'Nur Fälle mit fälliger Überprüfung',
    review: 'Überprüfung',
    minutes: 'Protokolle',
    status: 'Status',
  },
  en: {
    locale: 'en-GB',
    panel: 'This week',
    actions: 'Actions overdue or due within 7 days',
    overdue: '1 overdue',
    cases: 'Cases',
    agreements: 'Agreements',
    showOne: 'Show it in the list',
    nothingDue: 'Nothing due.',
    due: 'Due',
    owner: 'Owner',
    reviewsDue: 'Only cases with a review due',
    review: 'Review',
    minutes: 'Minutes',
    status: 'Status',
  },
} as const;

/** Writes records into the app's database, sealed with the profile's keys. */
async function seed(page: Page, tables: Record<string, object[]>): Promise<void> {
  const keys = await appKeys(page);
  const sealed = Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, sealRows(keys, table, rows)]));
  await page.evaluate(async (byTable) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(byTable), 'readwrite');
      for (const [table, rows] of Object.entries(byTable)) for (const row of rows) tx.objectStore(table).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, sealed);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(['de', 'en'] as const)('This week on the overview (%s)', (language) => {
  const w = words[language];
  let session: AppSession;
  let app: AppPage;
  const owner = weekPartner(language === 'de' ? 'Jugendamt Musterstadt' : 'Youth Service Exampletown');
  const other = weekPartner(language === 'de' ? 'Polizei Musterstadt' : 'Exampletown Police');
  const meeting = weekMeeting({
    title: language === 'de' ? 'Netzwerktreffen März' : 'March network meeting',
    startsAt: '2026-03-10T15:00:00.000Z',
    status: 'circulated',
  });
  const draft = weekMeeting({ title: language === 'de' ? 'Fallkonferenz April' : 'April case panel', startsAt: '2026-04-08T08:00:00.000Z', status: 'held' });
  const action = weekAction({
    text: language === 'de' ? 'Elternabend planen' : 'Plan the parents’ evening',
    ownerPartnerId: owner.id,
    dueDate: shiftDay(today, -3),
    status: 'open',
    meetingId: meeting.id,
  });
  // Another owner's action that is not due: the owner filter must leave it out.
  const notDue = weekAction({ text: 'Später', ownerPartnerId: other.id, dueDate: shiftDay(today, 40), status: 'open', meetingId: meeting.id });
  const closedCase = weekReferral({
    caseCode: 'RT-2025-0007',
    status: 'closed',
    receivedOn: '2025-02-03',
    closedOn: '2025-10-10',
    referringPartnerId: owner.id,
    nextReviewOn: shiftDay(today, -5),
  });
  const agreement = weekAgreement({
    title: language === 'de' ? 'Vereinbarung Fallkonferenz' : 'Case panel agreement',
    status: 'active',
    startDate: '2025-01-01',
    reviewDate: shiftDay(today, 10),
    endDate: '',
    parties: [
      { partnerId: owner.id, role: 'joint_controller' },
      { partnerId: other.id, role: 'joint_controller' },
    ],
  });

  beforeAll(async () => {
    session = await openApp(browser, inject('baseUrl'), w.locale);
    await session.page.setViewportSize({ width: 1366, height: 768 });
    await session.page.clock.setFixedTime(new Date(`${today}T12:00:00`));
    await session.page.reload();
    app = await firstStart(session.page, language, 'empty');
    await seed(session.page, {
      partners: [owner, other],
      meetings: [meeting, draft],
      actions: [action, notDue],
      referrals: [closedCase],
      agreements: [agreement],
    });
    await app.reload();
  });
  afterAll(async () => session?.context.close());

  const panel = () => session.page.getByRole('region', { name: w.panel, exact: true });
  const part = (title: string) => panel().getByRole('region', { name: new RegExp(`^${title}`) });

  async function openOverview(): Promise<void> {
    await session.page.goto(`${inject('baseUrl')}#/`);
    await panel().waitFor();
  }

  it('lists the overdue action by owner, the case review and the agreement; empty sections say nothing is due', { timeout: 60_000 }, async () => {
    await openOverview();
    const actions = part(w.actions);
    await expect.poll(() => actions.textContent()).toContain(owner.name);
    expect(await actions.getByRole('link', { name: w.overdue, exact: true }).count()).toBe(1);
    expect(await part(w.cases).getByRole('link', { name: closedCase.caseCode, exact: true }).count()).toBe(1);
    expect(await part(w.agreements).getByRole('link', { name: agreement.title, exact: true }).count()).toBe(1);
    // No meetings ahead: that section says so.
    expect(await panel().getByText(w.nothingDue, { exact: true }).count()).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });

  it('the owner’s overdue link opens the action tracker filtered to that owner’s overdue actions', { timeout: 60_000 }, async () => {
    await openOverview();
    await part(w.actions).getByRole('link', { name: w.overdue, exact: true }).click();
    const { page } = session;
    await expect.poll(() => page.locator('main table tbody').textContent()).toContain(action.text);
    expect(await page.locator('main table tbody tr').count()).toBe(1);
    expect(await page.getByLabel(w.due, { exact: true }).inputValue()).toBe('overdue');
    // The owner choices load beside the rows: the select shows the owner once they are in.
    await expect.poll(() => page.getByLabel(w.owner, { exact: true }).inputValue()).toBe(owner.id);
    expect(page.url()).toContain('due=overdue');
  });

  it('the case reviews link opens the case list with only due reviews, the case listed', { timeout: 60_000 }, async () => {
    await openOverview();
    await part(w.cases).getByRole('link', { name: w.showOne, exact: true }).first().click();
    const { page } = session;
    await expect.poll(() => page.locator('main table tbody').textContent()).toContain(closedCase.caseCode);
    expect(await page.getByLabel(w.reviewsDue, { exact: true }).isChecked()).toBe(true);
    // Cleared by the same checkbox.
    await page.getByLabel(w.reviewsDue, { exact: true }).uncheck();
    await expect.poll(() => page.url()).not.toContain('due=1');
  });

  it('the agreements link opens the register filtered to reviews due, the agreement listed', { timeout: 60_000 }, async () => {
    await openOverview();
    await part(w.agreements).getByRole('link', { name: w.showOne, exact: true }).first().click();
    const { page } = session;
    await expect.poll(() => page.locator('main table tbody').textContent()).toContain(agreement.title);
    expect(await page.getByLabel(w.review, { exact: true }).inputValue()).toBe('due');
    expect(page.url()).toContain('review=due');
  });

  it('the minutes link opens the meeting list filtered to minutes in draft, which can be cleared', { timeout: 60_000 }, async () => {
    await openOverview();
    await part(w.minutes).getByRole('link', { name: w.showOne, exact: true }).first().click();
    const { page } = session;
    await expect.poll(() => page.locator('main table tbody').textContent()).toContain(draft.title);
    expect(await page.locator('main table tbody tr').count()).toBe(1);
    expect(await page.getByLabel(w.status, { exact: true }).inputValue()).toBe('held');
    await page.getByLabel(w.status, { exact: true }).selectOption('all');
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(2);
    expect(page.url()).not.toContain('status=');
  });
});
