/**
 * The case list read through indexes gives exactly the list the in-memory reference
 * (`filterReferrals`, from every case and every timeline entry) gives, for every filter and
 * order, page by page: with archived cases, reviews due, done and removed, and many cases
 * received on one day (the index orders those by id, the list by case code).
 */
import Dexie, { type IndexableType } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralStatuses, type Referral, type ReferralEvent, type ReferralStatus } from '../../../renderer/src/domain/referral';
import { filterReferrals, hasSensitiveFilters, matchingIds, referralPageSize, type ReferralListQuery } from '../../../renderer/src/domain/referral-list';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createRecordStores, writeTransaction, type NewRecord } from '../../../renderer/src/storage/record-store';
import { createReferralRepository } from '../../../renderer/src/storage/repositories/referrals';
import { createTimelineWriter } from '../../../renderer/src/storage/repositories/referral-timeline';
import { freshDb } from './storage-helpers';

const today = '2026-03-10';
const at = new Date('2026-03-10T09:00:00.000Z');
const leads = ['lead-a', 'lead-b', 'lead-c'];
/** One day with more cases than a page, one with a dozen, and a few quiet ones. */
const days = ['2024-11-03', '2025-06-01', '2025-06-01', '2025-06-01', '2025-06-01', '2025-06-02', '2025-09-14', '2026-01-20', '2026-03-01', '2026-03-01'];

let db: RoundtableDb;
let repo: ReturnType<typeof createReferralRepository>;
let referrals: Referral[];
let events: ReferralEvent[];

function caseAt(index: number, numbers: Map<number, number>): NewRecord<Referral> {
  const receivedOn = days[(index * 7) % days.length]!;
  const year = Number(receivedOn.slice(0, 4));
  const caseNumber = (numbers.get(year) ?? 0) + 1;
  numbers.set(year, caseNumber);
  return {
    initials: '',
    ageBand: '16_17',
    gender: '',
    area: '',
    referringPartnerId: 'referrer',
    referringContactId: null,
    receivedOn,
    leadPartnerId: index % 4 === 3 ? '' : leads[index % 3]!,
    involvedPartnerIds: [],
    concernTypes: index % 3 === 0 ? ['islamist'] : index % 3 === 1 ? ['right_wing', 'racism'] : ['drugs', 'islamist'],
    vulnerabilities: [],
    summary: '',
    consent: 'not_asked',
    consentFrom: '',
    consentOn: '',
    consentJustification: '',
    riskLevel: (['low', 'medium', 'high'] as const)[(index % 5) % 3]!,
    riskAssessedOn: '',
    caseCode: `RT-${year}-${String(caseNumber).padStart(4, '0')}`,
    caseYear: year,
    caseNumber,
    status: referralStatuses[index % referralStatuses.length]!,
    outcome: null,
    closedOn: null,
    nextReviewOn: null,
    retentionFrom: null,
    corrections: [],
  };
}

const review = (referralId: string, dueDate: string, doneOn: string | null = null): NewRecord<ReferralEvent> => ({
  referralId,
  kind: 'review',
  on: dueDate,
  by: 'Toni Exempel (Präventionsstelle)',
  text: '',
  fromStatus: null,
  toStatus: null,
  outcome: null,
  meetingId: null,
  agendaItemId: null,
  ownerPartnerId: null,
  dueDate,
  doneOn,
  reviewMonths: 6,
});

beforeAll(async () => {
  db = freshDb();
  repo = createReferralRepository(
    db,
    () => at,
    () => today,
  );
  const stores = createRecordStores(db, () => today);
  const timeline = createTimelineWriter(stores);
  await writeTransaction(db, ['referrals', 'referralEvents'], async () => {
    const numbers = new Map<number, number>();
    for (let index = 0; index < 150; index += 1) {
      const referral = await stores.referrals.insert(caseAt(index, numbers), { action: 'create', at });
      // Reviews: due, not yet due, done, removed, none.
      if (index % 5 === 0) await timeline.add(review(referral.id, '2026-02-01'), { action: 'event', at });
      if (index % 5 === 1) await timeline.add(review(referral.id, '2026-09-01'), { action: 'event', at });
      if (index % 5 === 2) {
        await timeline.add(review(referral.id, '2026-01-05', '2026-01-06'), { action: 'event', at });
        await timeline.add(review(referral.id, today), { action: 'event', at });
      }
      if (index % 5 === 3) {
        const removed = await timeline.add(review(referral.id, '2025-12-01'), { action: 'event', at });
        await timeline.remove(removed.id, removed.revision, { action: 'remove', at });
      }
      if (index % 17 === 0) await stores.referrals.archive(referral.id, referral.revision, { action: 'archive', at });
    }
  });
  referrals = (await db.referrals.toArray()).map((row) => db.codec.decode<Referral>('referrals', row));
  events = (await db.referralEvents.toArray()).map((row) => db.codec.decode<ReferralEvent>('referralEvents', row));
});
afterAll(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
});

/** Every page of the list as the page reads it, joined. */
async function readWholeList(query: ReferralListQuery): Promise<{ total: number; codes: string[] }> {
  const range = await repo.listRange(query, today, hasSensitiveFilters(query));
  const { ids, exact } = matchingIds(range, query);
  const codes: string[] = [];
  for (let from = 0; from < ids.length; from += referralPageSize) {
    const page = await repo.listPage(ids, from, from + referralPageSize, query.order, exact);
    expect(page.length).toBe(Math.min(referralPageSize, ids.length - from));
    codes.push(...page.map((referral) => referral.caseCode));
  }
  return { total: ids.length, codes };
}

describe('the case list read through indexes', () => {
  const statuses: ReferralListQuery['status'][] = ['open', 'all', ...referralStatuses];

  it('holds what the test needs: a day longer than a page, archived cases, reviews of every kind', () => {
    expect(referrals.filter((referral) => referral.receivedOn === '2025-06-01').length).toBeGreaterThan(referralPageSize);
    expect(referrals.some((referral) => referral.deletedAt !== null)).toBe(true);
    expect(new Set(referrals.map((referral) => referral.nextReviewOn))).toEqual(new Set([null, '2026-02-01', '2026-09-01', today]));
  });

  for (const order of ['newest', 'oldest'] as const) {
    for (const reviewsDue of [false, true]) {
      it(`gives the reference's list, ${order} first${reviewsDue ? ', reviews due only' : ''}, for every status, lead, concern and risk`, async () => {
        for (const status of statuses) {
          for (const lead of ['all', ...leads]) {
            for (const [concern, risk] of [
              ['all', 'all'],
              ['islamist', 'all'],
              ['all', 'high'],
              ['right_wing', 'low'],
            ] as const) {
              const query: ReferralListQuery = { status: status as ReferralStatus | 'open' | 'all', lead, concern, risk, reviewsDue, order };
              const expected = filterReferrals(referrals, events, query, today).map((referral) => referral.caseCode);
              expect(await readWholeList(query), JSON.stringify(query)).toEqual({ total: expected.length, codes: expected });
            }
          }
        }
      });
    }
  }

  it('reads a range whole in small chunks, across days with more cases than a chunk, each live case once, in index order', async () => {
    const stores = createRecordStores(db, () => today);
    const live = referrals.filter((referral) => referral.deletedAt === null);
    const inIndexOrder = (key: (referral: Referral) => string) =>
      [...live].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1)).map((referral) => referral.id);
    const ids = async (index: string, lower: IndexableType, upper: IndexableType) =>
      (await stores.referrals.liveInRange(index, lower, upper, 7)).map((referral) => referral.id);
    expect(await ids('receivedOn', Dexie.minKey, Dexie.maxKey)).toEqual(inIndexOrder((referral) => referral.receivedOn));
    expect(await ids(':id', Dexie.minKey, Dexie.maxKey)).toEqual(inIndexOrder((referral) => referral.id));
    expect(await ids('[status+receivedOn]', ['closed', Dexie.minKey], ['closed', Dexie.maxKey])).toEqual(
      inIndexOrder((referral) => referral.receivedOn).filter((id) => live.find((referral) => referral.id === id)!.status === 'closed'),
    );
  });

  it('offers the partners that lead a case as lead filter, without "no lead"', async () => {
    expect((await repo.leadPartnerIds()).sort()).toEqual(leads);
  });
});
