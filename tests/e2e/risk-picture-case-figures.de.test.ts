import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Referral } from '../../renderer/src/domain/referral';
import type { RiskPictureEdition } from '../../renderer/src/domain/risk-picture';
import { weekReferral } from '../fixtures/week-records';
import { AppPage, firstStart } from './pages/app';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { riskPictureEditions } from './support/seed-risk-pictures';
import { appKeys, sealRows } from './support/sealing';

// The case figures on a draft edition of the risk picture, in German, against cases whose
// numbers are known: 17 received in 2025 (the edition's period), 5 in 2024, one archived and
// one from 2026 that must not count. Islamism (3 cases) is a group under 5; racism (6) is
// then suppressed too, since 17 − 8 − 6 would give the 3 away.
/** The row of the areas too small to be named. */
const OTHER = 'Weitere Gebiete';

let browser: Browser;
let session: AppSession;
let app: AppPage;

let number = 0;
function referral(receivedOn: string, fields: Partial<Referral>): Referral {
  number += 1;
  return weekReferral({
    caseCode: `RT-${receivedOn.slice(0, 4)}-${String(number).padStart(4, '0')}`,
    status: 'support',
    receivedOn,
    nextReviewOn: null,
    referringPartnerId: 'partner-police',
    ...fields,
  });
}

function knownCases(): Referral[] {
  const times = (count: number, make: (index: number) => Referral) => Array.from({ length: count }, (_, index) => make(index));
  return [
    ...times(8, (index) =>
      referral(`2025-0${(index % 9) + 1}-10`, {
        concernTypes: ['right_wing'],
        // "nordstadt " is the same area as "Nordstadt", written differently.
        area: index < 5 ? 'Nordstadt' : index === 5 ? 'nordstadt ' : 'Südstadt',
        ageBand: index < 6 ? '16_17' : '18_24',
        ...(index >= 6 ? { status: 'closed' as const, outcome: 'support_completed' as const, closedOn: '2025-11-30' } : {}),
      }),
    ),
    ...times(6, () => referral('2025-06-01', { concernTypes: ['racism'], area: 'Weststadt', ageBand: '12_15', status: 'screening' })),
    ...times(3, () => referral('2025-12-31', { concernTypes: ['islamist'], area: 'Oststadt', ageBand: '18_24' })),
    ...times(5, () =>
      referral('2024-03-01', { concernTypes: ['right_wing'], area: 'Nordstadt', status: 'closed', outcome: 'no_further_action', closedOn: '2024-09-01' }),
    ),
    // Neither counts: removed, and outside both periods.
    referral('2025-04-01', { concernTypes: ['right_wing'], area: 'Nordstadt', deletedAt: '2025-05-01T10:00:00.000Z' }),
    referral('2026-01-01', { concernTypes: ['islamist'], area: 'Oststadt' }),
  ];
}

async function put(page: Page, rows: Record<string, object[]>): Promise<void> {
  const keys = await appKeys(page);
  const sealed = Object.fromEntries(Object.entries(rows).map(([store, list]) => [store, sealRows(keys, store, list)]));
  await page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(stores), 'readwrite');
      for (const [store, list] of Object.entries(stores)) for (const row of list) tx.objectStore(store).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, sealed);
}

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'de-DE');
  app = new AppPage(session.page);
  await firstStart(session.page, 'de', 'empty');
  const draft: RiskPictureEdition = { ...riskPictureEditions().older, id: 'edition-figures', status: 'draft', agreement: null, caseFigures: null };
  await put(session.page, { referrals: knownCases(), riskPictures: [draft] });
  await session.page.goto(`${inject('baseUrl')}#/risk-picture/edition-figures`);
  await app.reload();
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

/** Each row of a breakdown table as its cells' text: group, this period, the period before. */
async function breakdown(caption: string): Promise<string[][]> {
  const table = session.page.getByRole('table', { name: caption });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 3).map((cell) => (cell.textContent ?? '').trim())));
}

describe('the case figures of a draft edition', () => {
  it('count the cases of its period and the period before, with groups under 5 shown as "<5"', async () => {
    const { page } = session;
    await page.getByText('Fälle insgesamt: 17 (Zeitraum davor: 5)').waitFor();
    expect(await page.getByText('Live aus den Fällen gezählt').isVisible()).toBe(true);

    const concerns = await breakdown('Nach Art der Sorge');
    expect(concerns).toContainEqual(['Rechtsextremismus', '8', '5']);
    expect(concerns.find(([group]) => group === 'Islamistischer Extremismus')?.[1]).toBe('<5');
    // Suppressed as well, so that the total cannot give the islamism cases away.
    expect(concerns.find(([group]) => group === 'Rassismus')?.[1]).toBe('<5');

    const areas = await breakdown('Nach Gebiet');
    expect(areas).toContainEqual(['Nordstadt', '6', '5']);
    expect(areas).toContainEqual(['Weststadt', '6', '0']);
    // Südstadt (2) and Oststadt (3) are too small to be named: together they are "other areas".
    expect(areas.map(([group]) => group)).not.toContain('Südstadt');
    expect(areas.map(([group]) => group)).not.toContain('Oststadt');
    expect(areas).toContainEqual([OTHER, '5', '0']);

    const ages = await breakdown('Nach Altersgruppe');
    expect(ages.map(([, count]) => count).sort()).toEqual(['5', '6', '6']);

    // Every count shown is either a number from 5 up, 0, or "<5": never 1 to 4.
    for (const caption of ['Nach Art der Sorge', 'Nach Gebiet', 'Nach Altersgruppe', 'Nach Ergebnis']) {
      for (const [, current, previous] of await breakdown(caption)) {
        for (const shown of [current, previous]) expect(shown, `${caption}: ${shown}`).toMatch(/^(0|[5-9]|\d{2,}|<5)$/);
      }
    }
    expect(session.errors).toEqual([]);
  });
});
