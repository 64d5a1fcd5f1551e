/**
 * What the case figures are read from, on an encrypted database: the cases received in the
 * period (archived ones left out) with their timelines, the reviews due in the period of any
 * live case, and the referring partners' sectors (an archived partner's too). Only the cases
 * of the period are decrypted, not the table.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { Referral, ReferralEvent } from '../../../renderer/src/domain/referral';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createRecordStores, writeTransaction, type NewRecord } from '../../../renderer/src/storage/record-store';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createReferralFiguresRepository } from '../../../renderer/src/storage/repositories/referral-figures';
import { createTimelineWriter } from '../../../renderer/src/storage/repositories/referral-timeline';
import { freshDb } from './storage-helpers';

const at = new Date('2027-06-01T09:00:00.000Z');
const year = { start: '2026-01-01', end: '2026-12-31' };
let db: RoundtableDb;
let numbers = 0;

function caseOf(receivedOn: string, referringPartnerId: string, fields: Partial<NewRecord<Referral>> = {}): NewRecord<Referral> {
  numbers += 1;
  const caseYear = Number(receivedOn.slice(0, 4));
  return {
    initials: '',
    ageBand: '16_17',
    gender: '',
    area: '',
    referringPartnerId,
    referringContactId: null,
    receivedOn,
    leadPartnerId: '',
    involvedPartnerIds: [],
    concernTypes: ['right_wing', 'racism'],
    vulnerabilities: [],
    summary: 'Sealed at rest',
    consent: 'not_asked',
    consentFrom: '',
    consentOn: '',
    consentJustification: '',
    riskLevel: 'medium',
    riskAssessedOn: '',
    caseCode: `RT-${caseYear}-${String(numbers).padStart(4, '0')}`,
    caseYear,
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

const ids: Record<string, string> = {};

beforeEach(async () => {
  db = freshDb({ sealed: true });
  const partners = createPartnerRepository(db, () => at);
  const police = await partners.create({ ...blankPartnerInput(), name: 'Polizei', sector: 'police' });
  const school = await partners.create({ ...blankPartnerInput(), name: 'Schule am Park', sector: 'school' });
  await partners.archive(school.id, school.revision);
  ids['police'] = police.id;
  ids['school'] = school.id;
  const stores = createRecordStores(db, () => '2027-06-01');
  const timeline = createTimelineWriter(stores);
  await writeTransaction(db, ['referrals', 'referralEvents'], async () => {
    const add = async (name: string, record: NewRecord<Referral>) => (ids[name] = (await stores.referrals.insert(record, { action: 'create', at })).id);
    // Closed in 2025: its reviews fall due in 2026.
    const old = await add('old', caseOf('2025-03-01', police.id, { status: 'closed', outcome: 'moved_away', closedOn: '2025-06-01' }));
    await timeline.add(entry(old, 'panel', '2025-04-01'), { action: 'event', at });
    await timeline.add(entry(old, 'review', '2025-12-01', { dueDate: '2025-12-01', reviewMonths: 6 }), { action: 'event', at });
    await timeline.add(entry(old, 'review', '2026-06-01', { dueDate: '2026-06-01', doneOn: '2026-05-30', reviewMonths: 12 }), { action: 'event', at });
    const first = await add('first', caseOf('2026-01-15', police.id));
    await timeline.add(entry(first, 'status', '2026-01-15', { toStatus: 'received' }), { action: 'event', at });
    await timeline.add(entry(first, 'panel', '2026-02-01'), { action: 'event', at });
    await timeline.add(entry(first, 'support', '2026-02-10', { dueDate: '2026-03-01' }), { action: 'event', at });
    const removed = await timeline.add(entry(first, 'panel', '2026-01-20'), { action: 'event', at });
    await timeline.remove(removed.id, removed.revision, { action: 'remove', at });
    await add('lastDay', caseOf('2026-12-31', school.id));
    await add('next', caseOf('2027-01-01', police.id));
    const archived = await add('archived', caseOf('2026-05-05', police.id, { status: 'closed', outcome: 'no_further_action', closedOn: '2026-05-06' }));
    await timeline.add(entry(archived, 'panel', '2026-05-06'), { action: 'event', at });
    await timeline.add(entry(archived, 'review', '2026-11-06', { dueDate: '2026-11-06', reviewMonths: 6 }), { action: 'event', at });
    const stored = await stores.referrals.require(archived);
    await stores.referrals.archive(archived, stored.revision, { action: 'archive', at });
  });
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the case figures’ records', () => {
  it('holds the live cases received in the period, first and last day included, with what the figures need', async () => {
    const records = await createReferralFiguresRepository(db).read(year);
    expect(records.cases.map((referral) => referral.id).sort()).toEqual([ids['first'], ids['lastDay']].sort());
    expect(records.cases.find((referral) => referral.id === ids['first'])).toEqual({
      id: ids['first'],
      receivedOn: '2026-01-15',
      concernTypes: ['right_wing', 'racism'],
      referringPartnerId: ids['police'],
      status: 'received',
      outcome: null,
      closedOn: null,
    });
  });

  it('holds the live timeline entries of those cases only', async () => {
    const { timelines } = await createReferralFiguresRepository(db).read(year);
    expect(new Set(timelines.map((event) => event.referralId))).toEqual(new Set([ids['first']]));
    expect(timelines.map((event) => `${event.kind} ${event.on}`).sort()).toEqual(['panel 2026-02-01', 'status 2026-01-15', 'support 2026-02-10']);
  });

  it('holds the reviews due in the period of live cases, received whenever', async () => {
    const { reviewsDue } = await createReferralFiguresRepository(db).read(year);
    expect(reviewsDue).toEqual([{ referralId: ids['old'], kind: 'review', on: '2026-06-01', toStatus: null, dueDate: '2026-06-01', doneOn: '2026-05-30' }]);
  });

  it('knows the referring partners’ sectors, an archived partner’s too', async () => {
    const { sectorOfPartner } = await createReferralFiguresRepository(db).read(year);
    expect(Object.fromEntries(sectorOfPartner)).toEqual({ [ids['police']!]: 'police', [ids['school']!]: 'school' });
  });

  it('decrypts only the cases of the period, not every case', async () => {
    const decoded: string[] = [];
    const codec = db.codec;
    db.codec = {
      ...codec,
      decode: (table, stored) => {
        const record = codec.decode(table, stored);
        if (table === 'referrals') decoded.push(record.id);
        return record as never;
      },
    };
    await createReferralFiguresRepository(db).read(year);
    expect(decoded.sort()).toEqual([ids['first'], ids['lastDay']].sort());
  });
});
