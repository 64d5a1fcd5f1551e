import { afterEach, describe, expect, it } from 'vitest';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createPartnerSummaryRepository } from '../../../renderer/src/storage/repositories/partner-summary';
import { freshDb } from './storage-helpers';
import { networkClock, networkToday, seedPartnerNetwork } from './partner-network';

let db: RoundtableDb;
afterEach(async () => db?.delete());

describe('everything about a partner', () => {
  it('lists the meetings it was invited to, upcoming and recent, and its attendance at held ones over twelve months', async () => {
    db = freshDb();
    const network = await seedPartnerNetwork(db);
    const summary = createPartnerSummaryRepository(db, networkClock);
    const meetings = await summary.meetings(network.police.id, networkToday);
    expect(meetings.upcoming.map((meeting) => meeting.title)).toEqual(['Fallkonferenz', 'Netzwerktreffen 4']);
    expect(meetings.recent.map((meeting) => meeting.title)).toEqual(['Netzwerktreffen 3', 'Netzwerktreffen 2', 'Netzwerktreffen 1']);
    expect(meetings.total).toBe(5);
    expect(meetings.attendance).toEqual({ invited: 3, attended: 2, since: '2025-03-10' });
    const school = await summary.meetings(network.school.id, networkToday);
    expect(school.recent.map((meeting) => meeting.title)).toEqual(['Netzwerktreffen 3', 'Schulkonferenz', 'Netzwerktreffen 2', 'Netzwerktreffen 1']);
    // Nobody recorded the school as present: invited to three held meetings, attended none (the fourth is only planned).
    expect(school.attendance).toMatchObject({ invited: 3, attended: 0 });
  });

  it('lists the actions it owns, open and done apart', async () => {
    db = freshDb();
    const network = await seedPartnerNetwork(db);
    const actions = await createPartnerSummaryRepository(db, networkClock).actions(network.police.id);
    expect(actions.open.map((action) => action.text)).toEqual(['Lagebild aktualisieren']);
    expect(actions.closed.map((action) => [action.text, action.status])).toEqual([['Raum buchen', 'done']]);
    expect([actions.openCount, actions.closedCount]).toEqual([1, 1]);
  });

  it('lists the cases it refers, leads or is involved in, by code and status only, latest first', async () => {
    db = freshDb();
    const network = await seedPartnerNetwork(db);
    const cases = await createPartnerSummaryRepository(db, networkClock).cases(network.police.id);
    expect(cases.cases).toEqual([
      { id: network.involved.id, caseCode: network.involved.caseCode, status: 'received', receivedOn: '2026-02-20', roles: ['involved'] },
      { id: network.led.id, caseCode: network.led.caseCode, status: 'received', receivedOn: '2026-02-10', roles: ['lead'] },
      { id: network.referred.id, caseCode: network.referred.caseCode, status: 'received', receivedOn: '2026-02-01', roles: ['referring'] },
    ]);
    expect(cases.total).toBe(3);
  });

  it('lists the agreements it is party to, and the disclosures it made and received', async () => {
    db = freshDb();
    const network = await seedPartnerNetwork(db);
    const summary = createPartnerSummaryRepository(db, networkClock);
    expect((await summary.agreements(network.police.id)).agreements.map((agreement) => agreement.id)).toEqual([network.agreement.id]);
    expect((await summary.agreements(network.youth.id)).total).toBe(0);
    const disclosures = await summary.disclosures(network.police.id);
    expect(disclosures.disclosures.map((d) => [d.sharedOn, d.direction, d.otherPartnerId, d.otherPartnerName, d.caseCode])).toEqual([
      ['2026-03-04', 'received', network.school.id, 'Schule am Park', network.led.caseCode],
      ['2026-03-02', 'made', network.school.id, 'Schule am Park', network.led.caseCode],
    ]);
    expect([disclosures.made, disclosures.received]).toEqual([1, 1]);
  });

  it('reads only the rows it shows: a partner with many meetings opens five of each kind and the period’s', async () => {
    db = freshDb();
    const network = await seedPartnerNetwork(db);
    const summary = createPartnerSummaryRepository(db, networkClock);
    const opened: string[] = [];
    const decode = db.codec.decode.bind(db.codec);
    db.codec = { ...db.codec, decode: (table, stored) => (opened.push(table), decode(table, stored)) };
    await summary.cases(network.police.id);
    expect(opened.filter((table) => table === 'referrals')).toHaveLength(3);
  });
});
