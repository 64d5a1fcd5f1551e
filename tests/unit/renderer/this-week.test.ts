/**
 * "This week" on the overview: what each section counts and shows, read through indexes
 * (storage/repositories/this-week.ts), on one seeded database with records just inside and
 * just outside every window, removed ones, and more than a section shows. Also the filters
 * the panel's links land on: meetings by status, agreements ended but still marked active.
 */
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerIds } from '../../../renderer/src/domain/agreement-register';
import type { Agreement } from '../../../renderer/src/domain/agreement';
import type { ActionItem, Meeting } from '../../../renderer/src/domain/meeting';
import type { Partner } from '../../../renderer/src/domain/partner';
import type { Referral } from '../../../renderer/src/domain/referral';
import { groupByOwner, linesPerSection } from '../../../renderer/src/domain/this-week';
import { paramsFromQuery, queryFromParams } from '../../../renderer/src/features/meetings/list-query';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createRecordStores } from '../../../renderer/src/storage/record-store';
import { createAgreementRepository } from '../../../renderer/src/storage/repositories/agreements';
import { createMeetingListRepository } from '../../../renderer/src/storage/repositories/meeting-list';
import { createThisWeekRepository, type ThisWeek } from '../../../renderer/src/storage/repositories/this-week';
import { shiftDay, weekAction, weekAgreement, weekMeeting, weekPartner, weekReferral } from '../../fixtures/week-records';
import { freshDb, seedRecords } from './storage-helpers';

const today = '2026-03-10';
const now = new Date('2026-03-10T10:00:00.000Z');
const day = (offset: number) => shiftDay(today, offset);
const at = (offset: number, hour = 9) => `${day(offset)}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const removed = { deletedAt: '2026-02-01T00:00:00.000Z' };

let db: RoundtableDb;
let week: ThisWeek;
let police: Partner, school: Partner, youth: Partner;
const meetings: Record<string, Meeting> = {};
const cases: Record<string, Referral> = {};
const agreements: Record<string, Agreement> = {};

beforeAll(async () => {
  db = freshDb();
  await db.open();
  police = weekPartner('Polizei Musterstadt');
  school = weekPartner('Schule am Park');
  youth = weekPartner('Jugendamt Musterstadt', 'Jugendamt');
  const meetingId = crypto.randomUUID();
  const action = (ownerPartnerId: string, dueDate: string, status: ActionItem['status'] = 'open', extra: Partial<ActionItem> = {}) =>
    weekAction({ text: `Aufgabe ${dueDate}`, ownerPartnerId, dueDate, status, meetingId, ...extra });
  const actions = [
    // Police: the oldest overdue action, and one due within the week.
    action(police.id, day(-40)),
    action(police.id, day(3), 'in_progress'),
    // School: two overdue (one in progress), one due on the horizon's last day.
    action(school.id, day(-1)),
    action(school.id, day(-2), 'in_progress'),
    action(school.id, day(7)),
    // Youth office: due today only (not overdue).
    action(youth.id, day(0)),
    // Not listed: done or dropped, past the horizon, undated, removed.
    action(youth.id, day(-5), 'done'),
    action(youth.id, day(-5), 'dropped'),
    action(youth.id, day(8)),
    action(youth.id, ''),
    action(youth.id, day(-3), 'open', removed),
  ];

  const meeting = (key: string, fields: Parameters<typeof weekMeeting>[0]) => (meetings[key] = weekMeeting(fields));
  meeting('soon', { title: 'Netzwerktreffen', startsAt: at(2), status: 'planned' });
  meeting('edge', { title: 'Fallkonferenz', startsAt: at(13), status: 'planned' });
  meeting('later', { title: 'Jahresplanung', startsAt: at(20), status: 'planned' });
  meeting('started', { title: 'Heute früh', startsAt: at(0, 8), status: 'planned' });
  meeting('removedSoon', { title: 'Abgesagt', startsAt: at(3), status: 'planned', ...removed });
  meeting('draftNew', { title: 'Entwurf neu', startsAt: at(-3), status: 'held' });
  meeting('draftOld', { title: 'Entwurf alt', startsAt: at(-30), status: 'held' });
  meeting('approved', { title: 'Genehmigt', startsAt: at(-20), status: 'approved' });
  meeting('circulated', { title: 'Verteilt', startsAt: at(-60), status: 'circulated' });
  for (let index = 0; index < linesPerSection + 2; index += 1)
    meeting(`approved${index}`, { title: `Genehmigt ${index}`, startsAt: at(-10 + index), status: 'approved' });

  const referral = (key: string, fields: Omit<Parameters<typeof weekReferral>[0], 'referringPartnerId'>) =>
    (cases[key] = weekReferral({ referringPartnerId: police.id, ...fields }));
  referral('reviewOverdue', { caseCode: 'RT-2025-0001', status: 'closed', receivedOn: '2025-01-10', nextReviewOn: day(-10) });
  referral('reviewToday', { caseCode: 'RT-2025-0002', status: 'closed', receivedOn: '2025-02-10', nextReviewOn: day(0) });
  referral('reviewLater', { caseCode: 'RT-2025-0003', status: 'closed', receivedOn: '2025-03-10', nextReviewOn: day(1) });
  referral('reviewRemoved', { caseCode: 'RT-2025-0004', status: 'closed', receivedOn: '2025-03-10', nextReviewOn: day(-1), ...removed });
  referral('noReview', { caseCode: 'RT-2026-0001', status: 'support', receivedOn: '2026-01-10', nextReviewOn: null });
  referral('waitingNew', { caseCode: 'RT-2026-0003', status: 'received', receivedOn: day(-1), nextReviewOn: null });
  referral('waitingOld', { caseCode: 'RT-2026-0002', status: 'received', receivedOn: day(-9), nextReviewOn: null });
  referral('screening', { caseCode: 'RT-2026-0004', status: 'screening', receivedOn: day(-20), nextReviewOn: null });

  const parties = [
    { partnerId: police.id, role: 'joint_controller' as const },
    { partnerId: school.id, role: 'joint_controller' as const },
  ];
  const agreement = (key: string, fields: Omit<Parameters<typeof weekAgreement>[0], 'parties' | 'startDate'>) =>
    (agreements[key] = weekAgreement({ parties, startDate: '2024-01-01', ...fields }));
  agreement('reviewOverdue', { title: 'Überprüfung überfällig', status: 'active', reviewDate: day(-5), endDate: '' });
  agreement('reviewSoon', { title: 'Überprüfung bald', status: 'active', reviewDate: day(30), endDate: '' });
  agreement('reviewLater', { title: 'Überprüfung später', status: 'active', reviewDate: day(31), endDate: '' });
  agreement('lapsed', { title: 'Abgelaufen, aktiv geführt', status: 'active', reviewDate: day(-100), endDate: day(-1) });
  agreement('storedExpired', { title: 'Längst abgelaufen', status: 'expired', reviewDate: '2024-06-01', endDate: '2025-01-01' });
  agreement('draft', { title: 'Entwurf', status: 'draft', reviewDate: day(-5), endDate: '' });

  await seedRecords(db, 'partners', [police, school, youth]);
  await seedRecords(db, 'actions', actions);
  await seedRecords(db, 'meetings', Object.values(meetings));
  await seedRecords(db, 'referrals', Object.values(cases));
  await seedRecords(db, 'agreements', Object.values(agreements));

  const agreementRepo = createAgreementRepository(
    db,
    () => now,
    () => today,
  );
  week = await createThisWeekRepository(db, agreementRepo).read(today, now);
});

afterAll(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
});

describe('this week: actions', () => {
  it('counts open actions overdue and due within 7 days, grouped by owner, the most overdue owner first', () => {
    expect(week.actions.overdue).toBe(3);
    expect(week.actions.dueSoon).toBe(3);
    expect(week.actions.owners.count).toBe(3);
    expect(week.actions.owners.shown).toEqual([
      { partnerId: police.id, name: 'Polizei Musterstadt', overdue: 1, dueSoon: 1, earliestDue: day(-40) },
      { partnerId: school.id, name: 'Schule am Park', overdue: 2, dueSoon: 1, earliestDue: day(-2) },
      // Listed by its short name, as the tracker lists owners.
      { partnerId: youth.id, name: 'Jugendamt', overdue: 0, dueSoon: 1, earliestDue: day(0) },
    ]);
  });

  it('groups by owner: oldest due date first, then more overdue, then by id', () => {
    const grouped = groupByOwner(
      [
        { ownerPartnerId: 'b', dueDate: '2026-03-01' },
        { ownerPartnerId: 'a', dueDate: '2026-03-01' },
        { ownerPartnerId: 'b', dueDate: '2026-03-09' },
        { ownerPartnerId: 'c', dueDate: '2026-03-12' },
        { ownerPartnerId: 'd', dueDate: '2026-03-01' },
        { ownerPartnerId: 'd', dueDate: '2026-03-10' },
      ],
      '2026-03-10',
    );
    expect(grouped.map((owner) => [owner.partnerId, owner.overdue, owner.dueSoon])).toEqual([
      ['b', 2, 0],
      ['d', 1, 1],
      ['a', 1, 0],
      ['c', 0, 1],
    ]);
  });
});

describe('this week: meetings and minutes', () => {
  it('lists the meetings starting from now to 14 days ahead, soonest first', () => {
    expect(week.meetings.count).toBe(2);
    expect(week.meetings.shown.map((meeting) => meeting.title)).toEqual(['Netzwerktreffen', 'Fallkonferenz']);
  });

  it('lists minutes in draft, the longest waiting first', () => {
    expect(week.drafts.count).toBe(2);
    expect(week.drafts.shown.map((meeting) => meeting.title)).toEqual(['Entwurf alt', 'Entwurf neu']);
  });

  it('counts every approved meeting not yet circulated, and shows only the first lines', () => {
    expect(week.uncirculated.count).toBe(linesPerSection + 3);
    expect(week.uncirculated.shown).toHaveLength(linesPerSection);
    expect(week.uncirculated.shown[0]!.title).toBe('Genehmigt');
  });
});

describe('this week: cases and agreements', () => {
  it('lists the cases whose review is due today or overdue, most overdue first, by case code only', () => {
    expect(week.reviews).toEqual({
      count: 2,
      shown: [
        { id: cases['reviewOverdue']!.id, caseCode: 'RT-2025-0001', date: day(-10) },
        { id: cases['reviewToday']!.id, caseCode: 'RT-2025-0002', date: day(0) },
      ],
    });
  });

  it('lists the received cases waiting for screening, oldest first', () => {
    expect(week.waiting.shown.map((line) => line.caseCode)).toEqual(['RT-2026-0002', 'RT-2026-0003']);
    expect(week.waiting.count).toBe(2);
  });

  it('lists agreements whose review is overdue or due within 30 days, overdue first', () => {
    expect(week.agreementReviews.count).toBe(2);
    expect(week.agreementReviews.shown.map((agreement) => agreement.title)).toEqual(['Überprüfung überfällig', 'Überprüfung bald']);
  });

  it('lists agreements past their end date that are still marked active, not those long marked expired', () => {
    expect(week.lapsed.count).toBe(1);
    expect(week.lapsed.shown.map((agreement) => agreement.title)).toEqual(['Abgelaufen, aktiv geführt']);
  });
});

describe('the lists the panel links to', () => {
  it('the meeting list filters by status, from its address and back', async () => {
    const query = queryFromParams(new URLSearchParams('status=held'));
    expect(query.status).toBe('held');
    expect(paramsFromQuery(query).toString()).toBe('status=held');
    expect(queryFromParams(new URLSearchParams('status=bogus')).status).toBe('all');
    const ids = await createMeetingListRepository(db).ids({ seriesId: 'all', type: 'all', status: 'held' }, now);
    expect(ids).toEqual({ upcoming: [], past: [meetings['draftNew']!.id, meetings['draftOld']!.id] });
  });

  it('the register filters agreements ended but still marked active', () => {
    const ids = registerIds(
      {
        byReviewDate: ['a', 'b', 'c', 'd'],
        current: new Set(['a', 'b', 'c']),
        ended: new Set(['a', 'd']),
        reviewPast: new Set(['a', 'b']),
        reviewSoon: new Set(),
        withStatus: new Set(),
      },
      { status: '', review: 'lapsed' },
    );
    expect(ids).toEqual(['a']);
  });
});

describe('reading indexed fields without decoding', () => {
  it('gives the indexed fields of live records and refuses a field no index holds', async () => {
    const stores = createRecordStores(db, () => today);
    const fields = await stores.referrals.indexedFieldsOf([cases['waitingOld']!.id, cases['reviewRemoved']!.id], ['caseCode', 'status']);
    expect(fields).toEqual([{ id: cases['waitingOld']!.id, caseCode: 'RT-2026-0002', status: 'received' }]);
    await expect(stores.referrals.indexedFieldsOf([cases['waitingOld']!.id], ['summary'])).rejects.toThrow(/not indexed/);
  });
});
