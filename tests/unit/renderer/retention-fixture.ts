/**
 * The network the retention tests share: three partners (the school left on 31 January 2024,
 * with its contact), an agreement keeping shared data 3 months, closed, not-taken-on, open and
 * shared cases, a panel meeting with case discussions, and deletions on record. Each test file
 * calls useRetentionFixture() and reads the seeded ids through `fixture.ids`.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import type { AgendaItem, Meeting } from '../../../renderer/src/domain/meeting';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { Referral, ReferralEvent } from '../../../renderer/src/domain/referral';
import type { defaultRetentionSchedule } from '../../../renderer/src/domain/retention';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createRecordStores, writeTransaction, type NewRecord, type RecordStores } from '../../../renderer/src/storage/record-store';
import { createAgreementRepository } from '../../../renderer/src/storage/repositories/agreements';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createRetentionRepository, type DueRecord } from '../../../renderer/src/storage/repositories/retention';
import { createTimelineWriter } from '../../../renderer/src/storage/repositories/referral-timeline';
import { freshDb } from './storage-helpers';

export const at = new Date('2024-01-31T12:00:00.000Z');
let numbers = 0;

/**
 * The fixture's state, set afresh before each test: the database, its stores, the ids of what
 * was seeded (by name), and the day the repository takes for today (a test may move it).
 */
export const fixture = {
  db: undefined as unknown as RoundtableDb,
  stores: undefined as unknown as RecordStores,
  today: '2024-02-01',
  ids: {} as Record<string, string>,
};
const ids = fixture.ids;

export function caseOf(fields: Partial<NewRecord<Referral>> = {}): NewRecord<Referral> {
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

export function entry(referralId: string, kind: ReferralEvent['kind'], on: string, fields: Partial<NewRecord<ReferralEvent>> = {}): NewRecord<ReferralEvent> {
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

export function meetingOn(title: string, startsAt: string): NewRecord<Meeting> {
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

export function item(meetingId: string, title: string, caseDiscussion: boolean): NewRecord<AgendaItem> {
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

export const repository = () =>
  createRetentionRepository(
    fixture.db,
    () => at,
    () => fixture.today,
  );
export const dueOn = async (day: string) => (await repository().due(day, { pageSize: 100 })).records;
export const dueIds = async (day: string) => (await dueOn(day)).map((record) => record.id);
export const lineOf = async (day: string, id: string): Promise<DueRecord | undefined> => (await dueOn(day)).find((record) => record.id === id);

/** A schedule where every rule keeps far longer than the fixture's dates, but `rule`. */
export async function onlyRule(rule: keyof typeof defaultRetentionSchedule, months: number): Promise<void> {
  await repository().saveSchedule({ closedCase: 120, caseNotTakenOn: 120, caseDiscussion: 120, formerPartnerContact: 120, auditActors: 120, [rule]: months });
}

/** Seeds the network before each test of the calling file and deletes it after. */
export function useRetentionFixture(): void {
  beforeEach(seed);
  afterEach(async () => {
    fixture.db.close();
    await Dexie.delete(fixture.db.name);
  });
}

async function seed(): Promise<void> {
  const db = (fixture.db = freshDb());
  numbers = 0;
  fixture.today = '2024-02-01';
  for (const name of Object.keys(ids)) delete ids[name];
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
    // Data shared under it is kept 3 months only.
    retentionMonths: 3,
    startDate: '2023-01-01',
    reviewDate: '2025-01-01',
    status: 'active',
    signatories: [{ name: 'Dr. Beispiel', organisation: 'Polizei', role: 'Leitung', signedOn: '2023-01-01' }],
  });

  const stores = (fixture.stores = createRecordStores(db, () => '2030-01-01'));
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
}
