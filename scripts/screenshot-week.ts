/**
 * Screenshots of "This week" on the overview at 1366×768, in German and English: a week with
 * overdue and due actions of several partners, meetings ahead, minutes in draft and approved
 * but not circulated, case reviews due, new cases waiting, agreements due and one lapsed; then
 * the lists its links land on. Run after `npm run build:web`: `npx tsx scripts/screenshot-week.ts`.
 */
import type { Page } from 'playwright-core';
import { shiftDay, weekAction, weekAgreement, weekMeeting, weekPartner, weekReferral } from '../tests/fixtures/week-records';
import { appKeys, sealRows } from '../tests/e2e/support/sealing';
import { gotoAndUnlock, reloadAndUnlock } from '../tests/e2e/support/session';
import { exampleNetworkWithLocalUser, forEachLanguage } from './screens-support';

const today = '2026-04-15';

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

function week(lang: 'de' | 'en') {
  const de = lang === 'de';
  const partners = (
    de
      ? [
          'Jugendamt Musterstadt',
          'Polizeiinspektion Mitte',
          'Gesamtschule am Park',
          'Beratungsstelle Wegweiser',
          'Moscheeverein Nord',
          'Sportbund',
          'Stadtbibliothek',
          'Jobcenter',
        ]
      : [
          'Youth Service',
          'Central Police Station',
          'Park Comprehensive School',
          'Exit Counselling',
          'North Mosque Association',
          'Sports Federation',
          'City Library',
          'Job Centre',
        ]
  ).map((name) => weekPartner(name));
  const at = (offset: number, hour: number) => new Date(`${shiftDay(today, offset)}T${String(hour).padStart(2, '0')}:00:00`).toISOString();
  const meetings = [
    weekMeeting({ title: de ? 'Netzwerktreffen April' : 'April network meeting', startsAt: at(2, 16), status: 'planned' }),
    weekMeeting({ title: de ? 'Fallkonferenz Nord' : 'Case panel North', startsAt: at(6, 10), status: 'planned' }),
    weekMeeting({ title: de ? 'AG Schule und Jugend' : 'Schools and youth working group', startsAt: at(12, 14), status: 'planned', timeZone: 'Europe/London' }),
    weekMeeting({ title: de ? 'Netzwerktreffen März' : 'March network meeting', startsAt: at(-20, 16), status: 'held' }),
    weekMeeting({ title: de ? 'Fallkonferenz Süd' : 'Case panel South', startsAt: at(-9, 10), status: 'approved' }),
  ];
  const texts = de
    ? [
        'Elternabend planen',
        'Fortbildung organisieren',
        'Förderantrag einreichen',
        'Liste der Ansprechpersonen aktualisieren',
        'Bericht an den Stadtrat',
        'Raum buchen',
      ]
    : ['Plan the parents’ evening', 'Organise the training', 'Submit the funding bid', 'Update the list of contacts', 'Report to the council', 'Book a room'];
  const offsets = [-30, -12, -4, -1, 0, 2, 5, 7, -2, 3, -6, 1, 4, -8, 6, -15, 2, 6];
  const actions = offsets.map((offset, index) =>
    weekAction({
      text: texts[index % texts.length]!,
      ownerPartnerId: partners[index % partners.length]!.id,
      dueDate: shiftDay(today, offset),
      status: index % 3 === 0 ? 'in_progress' : 'open',
      meetingId: meetings[3]!.id,
    }),
  );
  const referrals = [
    weekReferral({
      caseCode: 'RT-2025-0012',
      status: 'closed',
      receivedOn: '2025-03-02',
      referringPartnerId: partners[0]!.id,
      nextReviewOn: shiftDay(today, -12),
    }),
    weekReferral({ caseCode: 'RT-2025-0031', status: 'closed', receivedOn: '2025-06-20', referringPartnerId: partners[1]!.id, nextReviewOn: today }),
    weekReferral({ caseCode: 'RT-2026-0008', status: 'received', receivedOn: shiftDay(today, -6), referringPartnerId: partners[2]!.id, nextReviewOn: null }),
  ];
  const parties = partners.slice(0, 3).map((partner) => ({ partnerId: partner.id, role: 'joint_controller' as const }));
  const agreements = [
    weekAgreement({
      title: de ? 'Vereinbarung Fallkonferenz' : 'Case panel agreement',
      status: 'active',
      startDate: '2024-05-01',
      reviewDate: shiftDay(today, -3),
      endDate: '',
      parties,
    }),
    weekAgreement({
      title: de ? 'Datenaustausch Schulen' : 'Schools data sharing',
      status: 'active',
      startDate: '2024-09-01',
      reviewDate: shiftDay(today, 21),
      endDate: '',
      parties,
    }),
    weekAgreement({
      title: de ? 'Projekt Wegweiser 2023–2025' : 'Exit project 2023–2025',
      status: 'active',
      startDate: '2023-01-01',
      reviewDate: '2025-06-01',
      endDate: '2026-03-31',
      parties,
    }),
  ];
  return { partners, meetings, actions, referrals, agreements };
}

await forEachLanguage('week-', async (session) => {
  const { page, lang, baseUrl, shot } = session;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date(`${today}T09:30:00`));
  await page.reload();
  await exampleNetworkWithLocalUser(session);
  await seed(page, week(lang));
  await reloadAndUnlock(page);
  await page.locator('.this-week').waitFor();
  await shot('overview');
  await page.screenshot({ path: `test-results/screens/${lang}-week-overview-viewport.png` });
  for (const [name, hash] of [
    ['meetings-draft', '/meetings?status=held'],
    ['agreements-lapsed', '/agreements?review=lapsed'],
    ['actions-overdue', '/actions?due=overdue'],
  ] as const) {
    await gotoAndUnlock(page, `${baseUrl}#${hash}`);
    await page.locator('main table').first().waitFor();
    await shot(name);
  }
});
