/**
 * What "This week" on the overview shows, read through indexes in bounded ranges: each
 * section counts from index keys and reads only the few records it shows. Grouping open
 * actions by owner needs each due action's owner; that indexed field is read from the stored
 * rows without decoding them (record-keys.ts `indexedFieldsOf`), so a city with thousands of
 * overdue actions is not decrypted to count them.
 */
import Dexie, { type Table } from 'dexie';
import type { Agreement } from '../../domain/agreement';
import { noAgreementFilter, type ReviewFilter } from '../../domain/agreement-status';
import type { Meeting } from '../../domain/meeting';
import { organisationName } from '../../domain/minutes-document';
import { actionHorizon, groupByOwner, linesPerSection, meetingHorizon, type OwnerDue, type Shown } from '../../domain/this-week';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { createRecordStores } from '../record-store';
import type { AgreementRepository } from './agreements';

export interface OwnerLine extends OwnerDue {
  /** The owning partner as lists name it ('' when its record is missing). */
  name: string;
}

export interface CaseLine {
  id: string;
  caseCode: string;
  /** The review's due date, or the day a waiting case was received. */
  date: string;
}

export interface ThisWeek {
  actions: { overdue: number; dueSoon: number; owners: Shown<OwnerLine> };
  /** Meetings starting from now to 14 days ahead, soonest first. */
  meetings: Shown<Meeting>;
  /** Held meetings whose minutes are still a draft, longest waiting first. */
  drafts: Shown<Meeting>;
  /** Approved minutes not yet circulated, longest waiting first. */
  uncirculated: Shown<Meeting>;
  /** Cases whose next review is due today or overdue, most overdue first. */
  reviews: Shown<CaseLine>;
  /** New referrals waiting for screening, oldest first. */
  waiting: Shown<CaseLine>;
  /** Agreements whose review is overdue or due within 30 days: overdue first, then by date. */
  agreementReviews: Shown<Agreement>;
  /** Agreements past their end date but still marked active or under review. */
  lapsed: Shown<Agreement>;
}

const openStatuses = ['open', 'in_progress'] as const;

export function createThisWeekRepository(db: RoundtableDb, agreements: Pick<AgreementRepository, 'register'>) {
  const stores = createRecordStores(db, () => new Date().toISOString().slice(0, 10));

  async function actions(today: string): Promise<ThisWeek['actions']> {
    const horizon = actionHorizon(today);
    // Dated open actions due up to the horizon ('' is undated: excluded), one range per status.
    const lists = await stores.actions.liveKeysOfEach(
      openStatuses.map((status) => (rows: Table<unknown, string>) => rows.where('[status+dueDate]').between([status, ''], [status, horizon], false, true)),
    );
    const due = await stores.actions.indexedFieldsOf(lists.flat(), ['ownerPartnerId', 'dueDate']);
    const grouped = groupByOwner(due, today);
    const shown = grouped.slice(0, linesPerSection);
    const partners = new Map((await stores.partners.getManyIncludingDeleted(shown.map((owner) => owner.partnerId))).map((partner) => [partner.id, partner]));
    return {
      overdue: grouped.reduce((sum, owner) => sum + owner.overdue, 0),
      dueSoon: grouped.reduce((sum, owner) => sum + owner.dueSoon, 0),
      owners: {
        count: grouped.length,
        shown: shown.map((owner) => {
          const partner = partners.get(owner.partnerId);
          return { ...owner, name: partner ? organisationName(partner) : '' };
        }),
      },
    };
  }

  /**
   * Held and approved meetings (minutes in draft, or approved and not circulated), each the
   * longest waiting (earliest start) first: the status index's ids put in the order of the
   * start index's keys, without reading a meeting but the few shown.
   */
  async function minutes(): Promise<[drafts: Shown<Meeting>, uncirculated: Shown<Meeting>]> {
    const [byStart, held, approved] = await stores.meetings.liveKeysOfEach([
      (rows) => rows.orderBy('startsAt'),
      (rows) => rows.where('status').equals('held'),
      (rows) => rows.where('status').equals('approved'),
    ]);
    const shown = async (ids: string[]): Promise<Shown<Meeting>> => {
      const wanted = new Set(ids);
      const ordered = byStart!.filter((id) => wanted.has(id));
      return { count: ordered.length, shown: await stores.meetings.getMany(ordered.slice(0, linesPerSection)) };
    };
    return Promise.all([shown(held!), shown(approved!)]);
  }

  async function upcoming(now: Date): Promise<Shown<Meeting>> {
    const ids = await stores.meetings.liveKeys((rows) => rows.where('startsAt').between(now.toISOString(), meetingHorizon(now), true, true));
    return { count: ids.length, shown: await stores.meetings.getMany(ids.slice(0, linesPerSection)) };
  }

  /** Cases as the lines show them, from the plaintext case code and a date field, in `ids` order. */
  async function caseLines(ids: string[], dateField: 'nextReviewOn' | 'receivedOn'): Promise<Shown<CaseLine>> {
    const fields = await stores.referrals.indexedFieldsOf(ids.slice(0, linesPerSection), ['caseCode', dateField]);
    return { count: ids.length, shown: fields.map((fields) => ({ id: fields.id, caseCode: fields.caseCode, date: fields[dateField] ?? '' })) };
  }

  async function agreementsWith(review: ReviewFilter): Promise<Shown<Agreement>> {
    const page = await agreements.register({ filter: { ...noAgreementFilter, review }, page: 1, pageSize: linesPerSection });
    return { count: page.matching, shown: page.agreements };
  }

  return {
    /** Everything the panel shows, as of `today` (the local date) and `now`. */
    read(today: string, now: Date): Promise<ThisWeek> {
      return guarded(async () => {
        const [reviewIds, waitingIds] = await stores.referrals.liveKeysOfEach([
          // Cases without a review pending hold null, which the index leaves out.
          (rows) => rows.where('nextReviewOn').between(Dexie.minKey, today, true, true),
          (rows) => rows.where('[status+receivedOn]').between(['received', Dexie.minKey], ['received', Dexie.maxKey]),
        ]);
        const [actionLines, meetings, [drafts, uncirculated], reviews, waiting, agreementReviews, lapsed] = await Promise.all([
          actions(today),
          upcoming(now),
          minutes(),
          caseLines(reviewIds!, 'nextReviewOn'),
          caseLines(waitingIds!, 'receivedOn'),
          agreementsWith('due'),
          agreementsWith('lapsed'),
        ]);
        return { actions: actionLines, meetings, drafts, uncirculated, reviews, waiting, agreementReviews, lapsed };
      });
    },
  };
}

export type ThisWeekRepository = ReturnType<typeof createThisWeekRepository>;
