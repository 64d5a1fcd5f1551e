import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ReferralEvent } from '../../renderer/src/domain/referral';
import { caseRetentionStart } from '../../renderer/src/domain/retention';
import { weekReferral } from '../fixtures/week-records';
import { AppPage, firstStart } from './pages/app';
import { typeDate } from './pages/agreements';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { appKeys, sealRows } from './support/sealing';
import { reloadAndUnlock } from './support/session';

// Retention in German: a rule's period set in Settings (a bad value refused), a case closed on
// 20 November 2026 that falls due when the clock passes its period, listed with why, counted
// on the overview, and kept longer with a legal hold that its history shows.
let browser: Browser;
let session: AppSession;
let app: AppPage;
const caseCode = 'RT-2026-0042';
let caseId = '';

/** Sets the browser's clock (before the app reads it) and opens `path` there, unlocked. */
async function openOn(isoDate: string, path: string) {
  await session.page.clock.setFixedTime(new Date(`${isoDate}T10:00:00`));
  await session.page.goto(`${inject('baseUrl')}#${path}`);
  // A fresh load: the pages read "today" once, when they open.
  await reloadAndUnlock(session.page);
  await app.heading().waitFor();
}

/** A case closed on `closedOn`, written as the record store would, with the timeline entry of its closing. */
async function seedClosedCase(page: Page, closedOn: string): Promise<void> {
  const partnerId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('partners').objectStore('partners').getAllKeys();
          read.onsuccess = () => {
            db.close();
            resolve(String(read.result[0]));
          };
          read.onerror = () => reject(read.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  const referral = weekReferral({ caseCode, status: 'closed', receivedOn: '2026-09-01', nextReviewOn: null, referringPartnerId: partnerId, closedOn });
  caseId = referral.id;
  const closing: ReferralEvent = {
    id: crypto.randomUUID(),
    createdAt: referral.createdAt,
    updatedAt: referral.updatedAt,
    deletedAt: null,
    revision: 1,
    referralId: referral.id,
    kind: 'status',
    on: closedOn,
    by: 'Toni Exempel (Präventionsstelle)',
    text: 'Begleitung abgeschlossen.',
    fromStatus: 'review',
    toStatus: 'closed',
    outcome: 'support_completed',
    meetingId: null,
    agendaItemId: null,
    ownerPartnerId: null,
    dueDate: '',
    doneOn: null,
    reviewMonths: null,
  };
  const keys = await appKeys(page);
  const rows = {
    referrals: sealRows(keys, 'referrals', [{ ...referral, retentionFrom: caseRetentionStart(referral, [closing]) }]),
    referralEvents: sealRows(keys, 'referralEvents', [closing]),
  };
  await page.evaluate(async (byTable) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(byTable), 'readwrite');
      for (const [table, list] of Object.entries(byTable)) for (const row of list) tx.objectStore(table).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'de-DE');
  app = new AppPage(session.page);
  await session.page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await session.page.reload();
  await firstStart(session.page, 'de', 'example');
  await seedClosedCase(session.page, '2026-11-20');
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe('retention and the records due for deletion', () => {
  it('refuses a period outside the limits, then saves a shorter one for closed cases', async () => {
    const { page } = session;
    await openOn('2026-12-01', '/settings');
    const rule = page.getByRole('group', { name: 'Abgeschlossene Fälle', exact: true });
    const months = rule.getByLabel('Monate', { exact: true });
    await months.fill('0');
    await page.getByRole('button', { name: 'Fristen speichern', exact: true }).click();
    await expect.poll(() => rule.getByText('Bitte eine ganze Zahl von Monaten zwischen 1 und 120 angeben.').isVisible()).toBe(true);
    await months.fill('6');
    await page.getByRole('button', { name: 'Fristen speichern', exact: true }).click();
    await expect.poll(() => app.notices().getByText('Aufbewahrungsfristen gespeichert.').isVisible()).toBe(true);

    // Kept: a fresh load shows the saved period.
    await openOn('2026-12-01', '/settings');
    expect(await page.getByRole('group', { name: 'Abgeschlossene Fälle', exact: true }).getByLabel('Monate', { exact: true }).inputValue()).toBe('6');
  });

  it('lists nothing before the period ends', async () => {
    const { page } = session;
    await openOn('2027-05-19', '/data-protection/due');
    await expect.poll(() => page.getByText('Nichts ist zur Löschung fällig.').isVisible()).toBe(true);
  });

  it('lists the case once the clock passes its period, says why, and the overview counts it', async () => {
    const { page } = session;
    await openOn('2027-05-21', '/');
    const line = page.getByRole('link', { name: '1 Eintrag zur Löschung fällig' });
    await line.waitFor();
    await line.click();
    await app.heading().filter({ hasText: 'Zur Löschung fällig' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: caseCode });
    await row.waitFor();
    expect(await row.textContent()).toContain('Abgeschlossen am 20.11.2026; 6 Monate → fällig seit 20.05.2027');
  });

  it('keeps it longer with a legal hold: refused without a date and reason, then it leaves the list and its history shows the hold', async () => {
    const { page } = session;
    await page.getByRole('button', { name: `Verlängern (Löschsperre): ${caseCode}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Länger aufbewahren', exact: true }).click();
    await expect.poll(() => dialog.getByText('Bitte ausfüllen.').isVisible()).toBe(true);

    await typeDate(page, 'Aufbewahren bis', '31122027', dialog);
    await dialog.getByLabel('Begründung', { exact: true }).fill('Verfahren beim Verwaltungsgericht anhängig');
    await dialog.getByRole('button', { name: 'Länger aufbewahren', exact: true }).click();
    await expect.poll(() => app.notices().getByText('Aufbewahrt bis 31.12.2027.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Nichts ist zur Löschung fällig.').isVisible()).toBe(true);
    // Focus stays in the page, on the list, not lost with the row.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('due-list'))).toBe(true);

    await openOn('2027-05-21', `/referrals/${caseId}`);
    const history = page.locator('section', { has: page.getByRole('heading', { name: 'Prüfprotokoll' }) });
    await expect.poll(async () => (await history.textContent()) ?? '').toContain('Löschsperre bis');
    expect(await history.textContent()).toContain('31.12.2027');
    expect(await history.textContent()).toContain('Verfahren beim Verwaltungsgericht anhängig');

    await openOn('2027-05-21', '/');
    await page.locator('.this-week').waitFor();
    await expect.poll(() => page.getByText('Nichts ist zur Löschung fällig.').isVisible()).toBe(true);
  });
});
