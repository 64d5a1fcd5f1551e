/**
 * The records due for deletion, found through indexes and checked with the exact rule: closed
 * and not-taken-on cases (an agreement's shorter period deciding), case discussions once no
 * case they discuss is open, contacts of partners that left, and the names in the audit
 * entries of deleted records; legal holds keep a record off the list until they end.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Agreement } from '../../../renderer/src/domain/agreement';
import type { AgendaItem, Meeting } from '../../../renderer/src/domain/meeting';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { Referral, ReferralEvent } from '../../../renderer/src/domain/referral';
import { defaultRetentionSchedule } from '../../../renderer/src/domain/retention';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import { createRecordStores, writeTransaction, type NewRecord, type RecordStores } from '../../../renderer/src/storage/record-store';
import { createAgreementRepository } from '../../../renderer/src/storage/repositories/agreements';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createRetentionRepository, type DueRecord } from '../../../renderer/src/storage/repositories/retention';
import { createTimelineWriter } from '../../../renderer/src/storage/repositories/referral-timeline';
import { freshDb } from './storage-helpers';

const at = new Date('2024-01-31T12:00:00.000Z');
let db: RoundtableDb;
let stores: RecordStores;
let numbers = 0;
let today = '2024-02-01';
const ids: Record<string, string> = {};

function caseOf(fields: Partial<NewRecord<Referral>> = {}): NewRecord<Referral> {
  numbers += 1;
  return {
    initials: '',
    ageBand: '16_17',
    gender: '',
    area: '',
    referringPartnerId: ids['police']!,
    referringContactId: null,
    receivedOn: '2023-01-02',
    leadPartnerId: '',
    involvedPartnerIds: [],
    concernTypes: ['right_wing'],
    vulnerabilities: [],
    summary: 'Sealed at rest',
    consent: 'not_asked',
    consentFrom: '',
    consentOn: '',
    consentJustification: '',
    riskLevel: 'medium',
    riskAssessedOn: '',
    caseCode: `RT-2023-${String(numbers).padStart(4, '0')}`,
    caseYear: 2023,
    caseNumber: numbers,
    status: 'received',
    outcome: null,
    closedOn: null,
    nextReviewOn: null,
    retentionFrom: null,
    corrections: [],
    ...fields,
  };
}

function entry(referralId: string, kind: ReferralEvent['kind'], on: string, fields: Partial<NewRecord<ReferralEvent>> = {}): NewRecord<ReferralEvent> {
  return {
    referralId,
    kind,
    on,
    by: 'Toni Exempel (Präventionsstelle)',
    text: '',
    fromStatus: null,
    toStatus: null,
    outcome: null,
    meetingId: null,
    agendaItemId: null,
    ownerPartnerId: null,
    dueDate: '',
    doneOn: null,
    reviewMonths: null,
    ...fields,
  };
}

function meetingOn(title: string, startsAt: string): NewRecord<Meeting> {
  return {
    title,
    type: 'case_panel',
    seriesId: null,
    startsAt,
    endsAt: startsAt.replace(/T\d\d/, (hour) => `T${String(Math.min(23, Number(hour.slice(1)) + 1)).padStart(2, '0')}`),
    timeZone: 'Europe/Berlin',
    location: '',
    onlineLink: '',
    chair: '',
    minuteTaker: '',
    confidentiality: 'internal',
    status: 'held',
    attendees: [],
    approvedAt: null,
    circulations: [],
    amendments: [],
  } as unknown as NewRecord<Meeting>;
}

function item(meetingId: string, title: string, caseDiscussion: boolean): NewRecord<AgendaItem> {
  return {
    meetingId,
    position: 0,
    kind: 'regular',
    title,
    presenter: '',
    plannedMinutes: null,
    confidential: caseDiscussion,
    caseDiscussion,
    minutes: 'Sealed minutes',
    decisions: [],
    arisingActionIds: [],
  };
}

const repository = () =>
  createRetentionRepository(
    db,
    () => at,
    () => today,
  );
const dueOn = async (day: string) => (await repository().due(day, { pageSize: 100 })).records;
const dueIds = async (day: string) => (await dueOn(day)).map((record) => record.id);
const lineOf = async (day: string, id: string): Promise<DueRecord | undefined> => (await dueOn(day)).find((record) => record.id === id);

/** A schedule where every rule keeps far longer than the fixture's dates, but `rule`. */
async function onlyRule(rule: keyof typeof defaultRetentionSchedule, months: number): Promise<void> {
  await repository().saveSchedule({ closedCase: 120, caseNotTakenOn: 120, caseDiscussion: 120, formerPartnerContact: 120, auditActors: 120, [rule]: months });
}

beforeEach(async () => {
  db = freshDb();
  numbers = 0;
  today = '2024-02-01';
  const partners = createPartnerRepository(db, () => at);
  const police = await partners.create({ ...blankPartnerInput(), name: 'Polizei', sector: 'police' });
  const school = await partners.create({ ...blankPartnerInput(), name: 'Schule am Park', sector: 'school', contacts: [{ name: 'Kim Probe' }] });
  const youth = await partners.create({ ...blankPartnerInput(), name: 'Jugendamt', sector: 'youth' });
  ids['police'] = police.id;
  ids['school'] = school.id;
  ids['youth'] = youth.id;
  // The school leaves the network on 31 January 2024 (noon UTC: the same day in Berlin and New York).
  await partners.archive(school.id, school.revision);
  ids['kim'] = (await partners.get(school.id))!.contacts[0]!.id;

  const agreements = createAgreementRepository(
    db,
    () => at,
    () => '2024-01-31',
  );
  const agreement = await agreements.create({
    title: 'Schule und Polizei',
    parties: [
      { partnerId: police.id, role: 'separate_controller' },
      { partnerId: youth.id, role: 'separate_controller' },
    ],
    purpose: 'Prävention',
    legalBases: ['dsgvo_6_1_e'],
    dataCategories: ['identity'],
    startDate: '2023-01-01',
    reviewDate: '2025-01-01',
    status: 'active',
    signatories: [{ name: 'Dr. Beispiel', organisation: 'Polizei', role: 'Leitung', signedOn: '2023-01-01' }],
  });
  // The agreements engineer adds `retentionMonths` to agreements; until then the stored row carries it as the field will.
  const stored = db.codec.decode<Agreement>('agreements', await db.table('agreements').get(agreement.id));
  await db.table('agreements').put(db.codec.encode('agreements', { ...stored, retentionMonths: 3 } as Agreement));

  stores = createRecordStores(db, () => '2030-01-01');
  const timeline = createTimelineWriter(stores);
  await writeTransaction(db, ['referrals', 'referralEvents', 'disclosures', 'meetings', 'agendaItems', 'erasures'], async () => {
    const add = async (name: string, record: NewRecord<Referral>) => (ids[name] = (await stores.referrals.insert(record, { action: 'create', at })).id);
    const closed = (closedOn: string) => ({ status: 'closed' as const, outcome: 'moved_away' as const, closedOn });
    // Closed on the last day of August: 6 months on is the last day of February.
    const lastOfAugust = await add('lastOfAugust', caseOf(closed('2023-08-31')));
    await timeline.add(entry(lastOfAugust, 'status', '2023-08-31', { toStatus: 'closed' }), { action: 'event', at });
    // Closed in January, reviewed in July: the review starts the period.
    const reviewed = await add('reviewed', caseOf(closed('2023-01-10')));
    await timeline.add(entry(reviewed, 'status', '2023-01-10', { toStatus: 'closed' }), { action: 'event', at });
    await timeline.add(entry(reviewed, 'review', '2023-07-10', { dueDate: '2023-07-10', doneOn: '2023-07-15', reviewMonths: 6 }), { action: 'event', at });
    const notTakenOn = await add('notTakenOn', caseOf({ status: 'not_appropriate' }));
    await timeline.add(entry(notTakenOn, 'status', '2023-03-01', { toStatus: 'not_appropriate' }), { action: 'event', at });
    const open = await add('open', caseOf({ status: 'support' }));
    await timeline.add(entry(open, 'status', '2023-01-05', { toStatus: 'support' }), { action: 'event', at });
    // Shared under the agreement that keeps its data 3 months only.
    const shared = await add('shared', caseOf(closed('2023-05-01')));
    await timeline.add(entry(shared, 'status', '2023-05-01', { toStatus: 'closed' }), { action: 'event', at });
    await stores.disclosures.insert(
      {
        referralId: shared,
        recordedBy: 'Toni Exempel (Präventionsstelle)',
        sharedOn: '2023-04-01',
        fromPartnerId: police.id,
        toPartnerId: ids['youth']!,
        dataCategories: ['identity'],
        description: 'Name und Schule',
        purpose: 'Fallkonferenz',
        consent: 'with_consent',
        agreementId: agreement.id,
        noAgreementReason: '',
      },
      { action: 'disclose', at },
    );

    // 31 March 2023, 22:30 UTC: 1 April in Berlin, where the panel met.
    const panel = (await stores.meetings.insert(meetingOn('Fallkonferenz April', '2023-03-31T22:30:00.000Z'), { action: 'create', at })).id;
    ids['panel'] = panel;
    ids['closedDiscussion'] = (await stores.agendaItems.insert(item(panel, 'Fall RT-2023-0001', true), { action: 'create', at })).id;
    ids['openDiscussion'] = (await stores.agendaItems.insert(item(panel, 'Fall RT-2023-0004', true), { action: 'create', at })).id;
    ids['standing'] = (await stores.agendaItems.insert(item(panel, 'Termine', false), { action: 'create', at })).id;
    ids['erasedDiscussion'] = (await stores.agendaItems.insert(item(panel, 'Erased', true), { action: 'create', at })).id;
    await timeline.add(entry(lastOfAugust, 'panel', '2023-04-01', { meetingId: panel, agendaItemId: ids['closedDiscussion'] }), { action: 'event', at });
    await timeline.add(entry(open, 'panel', '2023-04-01', { meetingId: panel, agendaItemId: ids['openDiscussion'] }), { action: 'event', at });

    const erasure = (id: string, table: 'referrals' | 'referralEvents' | 'agendaItems', fields: object = {}) =>
      stores.erasures.insert(
        {
          id,
          table,
          parentId: null,
          caseCode: null,
          caseYear: null,
          caseNumber: null,
          reason: 'retention',
          note: '',
          auditEntriesErased: 0,
          actorsErasedAt: null,
          ...fields,
        },
        { action: 'erase', at },
      );
    await erasure(ids['erasedDiscussion'], 'agendaItems', { parentId: panel });
    ids['erasedCase'] = crypto.randomUUID();
    await erasure(ids['erasedCase'], 'referrals', { caseCode: 'RT-2022-0042', caseYear: 2022, caseNumber: 42 });
    ids['erasedEntry'] = crypto.randomUUID();
    await erasure(ids['erasedEntry'], 'referralEvents', { parentId: ids['erasedCase'] });
    ids['namesGone'] = crypto.randomUUID();
    await erasure(ids['namesGone'], 'referrals', { caseCode: 'RT-2022-0043', caseYear: 2022, caseNumber: 43, actorsErasedAt: '2024-02-01T10:00:00.000Z' });
  });
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the retention schedule', () => {
  it('is the defaults until saved, and refuses a period outside 1–120 months with the translated message', async () => {
    expect(await repository().schedule()).toEqual(defaultRetentionSchedule);
    await expect(repository().saveSchedule({ ...defaultRetentionSchedule, closedCase: 0 })).rejects.toBeInstanceOf(ZodError);
    await expect(repository().saveSchedule({ ...defaultRetentionSchedule, auditActors: 121 })).rejects.toThrow(/retentionMonths/);
    await expect(repository().saveSchedule({ ...defaultRetentionSchedule, caseDiscussion: 2.5 })).rejects.toThrow(/retentionMonths/);
    expect(await repository().schedule()).toEqual(defaultRetentionSchedule);
    await repository().saveSchedule({ ...defaultRetentionSchedule, closedCase: 48 });
    expect((await repository().schedule()).closedCase).toBe(48);
    await repository().resetSchedule();
    expect(await repository().schedule()).toEqual(defaultRetentionSchedule);
  });
});

describe('closed cases', () => {
  it('fall due on the day their period ends, counted on the calendar at a month’s end', async () => {
    await onlyRule('closedCase', 6);
    expect(await dueIds('2024-02-28')).not.toContain(ids['lastOfAugust']);
    const line = await lineOf('2024-02-29', ids['lastOfAugust']!);
    expect(line).toMatchObject({
      kind: 'case',
      table: 'referrals',
      label: 'RT-2023-0001',
      hold: null,
      reason: { rule: 'closedCase', from: '2023-08-31', months: 6, dueOn: '2024-02-29' },
    });
    expect(line!.revision).toBeGreaterThan(0);
  });

  it('run from the last post-closure review', async () => {
    await onlyRule('closedCase', 36);
    expect(await dueIds('2026-07-14')).not.toContain(ids['reviewed']);
    expect(await lineOf('2026-07-15', ids['reviewed']!)).toMatchObject({ reason: { from: '2023-07-15', dueOn: '2026-07-15' } });
  });

  it('fall due earlier when an agreement they were shared under keeps its data for a shorter period, which the reason names', async () => {
    await onlyRule('closedCase', 36);
    expect(await dueIds('2023-07-31')).not.toContain(ids['shared']);
    expect(await lineOf('2023-08-01', ids['shared']!)).toMatchObject({
      reason: { rule: 'closedCase', from: '2023-05-01', months: 3, dueOn: '2023-08-01', agreement: { title: 'Schule und Polizei' } },
    });
  });

  it('a case not taken on falls due under its own rule', async () => {
    await onlyRule('caseNotTakenOn', 12);
    expect(await dueIds('2024-02-29')).not.toContain(ids['notTakenOn']);
    expect(await lineOf('2024-03-01', ids['notTakenOn']!)).toMatchObject({ reason: { rule: 'caseNotTakenOn', from: '2023-03-01', dueOn: '2024-03-01' } });
  });

  it('an open case is never due', async () => {
    await onlyRule('closedCase', 1);
    await repository().saveSchedule({ ...defaultRetentionSchedule, closedCase: 1, caseNotTakenOn: 1 });
    expect(await dueIds('2040-01-01')).not.toContain(ids['open']);
  });
});

describe('legal holds', () => {
  it('keep a due case off the list until they end; then it is listed again, naming the hold that ended', async () => {
    await onlyRule('closedCase', 6);
    today = '2024-03-01';
    const hold = await repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2024-06-30', reason: 'Verfahren beim Verwaltungsgericht anhängig' });
    expect(await dueIds('2024-03-01')).not.toContain(ids['lastOfAugust']);
    expect(await dueIds('2024-06-30')).not.toContain(ids['lastOfAugust']);
    expect((await lineOf('2024-07-01', ids['lastOfAugust']!))?.hold).toEqual({
      id: hold.id,
      until: '2024-06-30',
      reason: 'Verfahren beim Verwaltungsgericht anhängig',
      endedOn: '2024-06-30',
      revision: 1,
    });
    // Extended: the same hold, to a later day.
    today = '2024-07-01';
    const extended = await repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2024-12-31', reason: 'Verfahren dauert an' });
    expect(extended.id).toBe(hold.id);
    expect(await dueIds('2024-07-01')).not.toContain(ids['lastOfAugust']);
    expect(await repository().dueCount('2024-07-01')).toBe((await dueIds('2024-07-01')).length);
  });

  it('refuse a day not after today, and are in the case’s history', async () => {
    today = '2024-03-01';
    await expect(repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2024-03-01', reason: 'x' })).rejects.toThrow(/holdUntil/);
    await expect(repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2024-04-01', reason: '' })).rejects.toBeInstanceOf(ZodError);
    await repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2024-04-01', reason: 'Auskunftsersuchen offen' });
    const history = await createAuditRepository(db).listFor(ids['lastOfAugust']!);
    expect(history.at(-1)).toMatchObject({
      entity: 'retentionHold',
      parentId: ids['lastOfAugust'],
      changes: [
        { field: 'holdUntil', old: null, new: '2024-04-01' },
        { field: 'holdReason', old: null, new: 'Auskunftsersuchen offen' },
      ],
    });
  });

  it('ended early, the record is due again at once', async () => {
    await onlyRule('closedCase', 6);
    today = '2024-03-01';
    const hold = await repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2025-01-01', reason: 'Anfrage der Staatsanwaltschaft' });
    expect(await dueIds('2024-03-01')).not.toContain(ids['lastOfAugust']);
    await repository().endHold(hold.id, hold.revision);
    const line = await lineOf('2024-03-01', ids['lastOfAugust']!);
    expect(line?.hold?.endedOn).toBe('2024-01-31');
  });
});

describe('case discussions', () => {
  it('fall due from the meeting’s day where it was held, not while a case they discuss is open, and never twice', async () => {
    await onlyRule('caseDiscussion', 36);
    expect(await dueIds('2026-03-31')).not.toContain(ids['closedDiscussion']);
    const due = await dueOn('2026-04-01');
    expect(due.find((record) => record.id === ids['closedDiscussion'])).toMatchObject({
      kind: 'caseDiscussion',
      table: 'agendaItems',
      label: 'Fallkonferenz April',
      detail: 'Fall RT-2023-0001',
      meetingId: ids['panel'],
      reason: { rule: 'caseDiscussion', from: '2023-04-01', dueOn: '2026-04-01' },
    });
    const listed = due.map((record) => record.id);
    expect(listed).not.toContain(ids['openDiscussion']);
    expect(listed).not.toContain(ids['standing']);
    expect(listed).not.toContain(ids['erasedDiscussion']);
  });
  it('are kept when an open case’s panel entry names only their meeting', async () => {
    await onlyRule('caseDiscussion', 36);
    await writeTransaction(db, ['meetings', 'agendaItems', 'referralEvents', 'referrals'], async () => {
      const meeting = (await stores.meetings.insert(meetingOn('Fallkonferenz Mai', '2023-05-02T08:00:00.000Z'), { action: 'create', at })).id;
      ids['unnamedDiscussion'] = (await stores.agendaItems.insert(item(meeting, 'Fallbesprechung', true), { action: 'create', at })).id;
      await createTimelineWriter(stores).add(entry(ids['open']!, 'panel', '2023-05-02', { meetingId: meeting }), { action: 'event', at });
    });
    expect(await dueIds('2026-06-01')).not.toContain(ids['unnamedDiscussion']);
  });
});

describe('contacts of former partners', () => {
  it('fall due the period after the partner left, at a month’s end', async () => {
    await onlyRule('formerPartnerContact', 1);
    expect(await dueIds('2024-02-28')).not.toContain(ids['kim']);
    expect(await lineOf('2024-02-29', ids['kim']!)).toMatchObject({
      kind: 'formerPartnerContact',
      label: 'Kim Probe',
      detail: 'Schule am Park',
      reason: { rule: 'formerPartnerContact', from: '2024-01-31', dueOn: '2024-02-29' },
    });
  });
});

describe('the names in the audit entries of deleted records', () => {
  it('fall due the period after the deletion, one line for a case with its parts, none once erased', async () => {
    await onlyRule('auditActors', 12);
    expect(await dueIds('2025-01-30')).not.toContain(ids['erasedCase']);
    const due = await dueOn('2025-01-31');
    expect(due.find((record) => record.id === ids['erasedCase'])).toMatchObject({
      kind: 'auditActors',
      table: 'referrals',
      label: 'RT-2022-0042',
      reason: { rule: 'auditActors', from: '2024-01-31', dueOn: '2025-01-31' },
    });
    const listed = due.map((record) => record.id);
    expect(listed).not.toContain(ids['erasedEntry']);
    expect(listed).not.toContain(ids['namesGone']);
  });
});

describe('the list', () => {
  it('is sorted by due day, oldest first, paged, and counted', async () => {
    await repository().saveSchedule({ closedCase: 6, caseNotTakenOn: 12, caseDiscussion: 120, formerPartnerContact: 1, auditActors: 120 });
    const all = await dueOn('2024-03-01');
    expect(all.map((record) => record.reason.dueOn)).toEqual([...all.map((record) => record.reason.dueOn)].sort());
    expect(all.map((record) => record.label)).toEqual(['RT-2023-0005', 'RT-2023-0002', 'Kim Probe', 'RT-2023-0001', 'RT-2023-0003']);
    const second = await repository().due('2024-03-01', { page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, pageCount: 3, first: 2 });
    expect(second.records.map((record) => record.label)).toEqual(['Kim Probe', 'RT-2023-0001']);
    expect(await repository().dueCount('2024-03-01')).toBe(5);
  });
});
