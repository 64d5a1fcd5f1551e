/**
 * The case list, read through indexes: it reads what it shows.
 *
 * The order and the status and lead filters come from one index range (`[status+receivedOn]`,
 * `[leadPartnerId+receivedOn]` or `receivedOn`), due reviews from `nextReviewOn`; several
 * filters intersect sets of ids, all read from keys alone. Counting is the length of that id
 * list, and only the page's 50 cases are read.
 *
 * Concern and risk are special-category data: never indexed (they are to be encrypted at
 * rest), so those filters run in memory. For them the range's cases are read once, in chunks
 * of 500 with getAll, and only what filtering and ordering need is kept (`ListedReferral`), so
 * changing concern, risk or page reads nothing again until the range or the data changes.
 */
import Dexie, { type IndexableType } from 'dexie';
import type { Referral } from '../../domain/referral';
import { compareReferrals, statusesOf, type ListedReferral, type ReferralListQuery } from '../../domain/referral-list';
import type { RecordStore } from '../record-store';

/** What selects the index range: the filters that are indexed, and the order. */
export type ReferralRange = Pick<ReferralListQuery, 'status' | 'lead' | 'reviewsDue' | 'order' | 'partner'>;

export interface ReferralRangeResult {
  /** The live cases of the range, in index order: date received, then id (newest: reversed). */
  ids: string[];
  /** The same cases with what the concern and risk filters need, when asked for. */
  listed?: ListedReferral[];
}

/** Cases read at a time when a range's cases are read whole: a few requests, each a short task. */
const chunkSize = 500;

export function createReferralListQueries(store: RecordStore<Referral>) {
  /** The cases a partner refers, leads or is involved in, from the three indexes that name it. */
  async function partnerCaseIds(partnerId: string): Promise<string[]> {
    const lists = await Promise.all(
      (['referringPartnerId', 'leadPartnerId', 'involvedPartnerIds'] as const).map((index) => store.liveKeys((rows) => rows.where(index).equals(partnerId))),
    );
    return [...new Set(lists.flat())];
  }

  /** Ids of live cases an index range selects, ascending by date received, then id. */
  async function rangeIds(range: ReferralRange, today: string): Promise<string[]> {
    const statuses = statusesOf(range.status);
    const byOneStatus = range.lead === 'all' && statuses.length === 1;
    const ordered =
      range.lead !== 'all'
        ? store.liveKeys((rows) => rows.where('[leadPartnerId+receivedOn]').between([range.lead, Dexie.minKey], [range.lead, Dexie.maxKey]))
        : byOneStatus
          ? store.liveKeys((rows) => rows.where('[status+receivedOn]').between([statuses[0]!, Dexie.minKey], [statuses[0]!, Dexie.maxKey]))
          : store.liveKeys((rows) => rows.orderBy('receivedOn'));
    // The other filters are sets of ids to keep; "open" is six statuses, each a range of its index.
    const [ids, withStatus, due, withPartner] = await Promise.all([
      ordered,
      range.status === 'all' || byOneStatus
        ? undefined
        : Promise.all(statuses.map((status) => store.liveKeys((rows) => rows.where('status').equals(status)))).then((lists) => lists.flat()),
      range.reviewsDue ? store.liveKeys((rows) => rows.where('nextReviewOn').belowOrEqual(today)) : undefined,
      range.partner ? partnerCaseIds(range.partner) : undefined,
    ]);
    let selected = ids;
    for (const keep of [withStatus, due, withPartner]) {
      if (!keep) continue;
      const allowed = new Set(keep);
      selected = selected.filter((id) => allowed.has(id));
    }
    return selected;
  }

  /**
   * The cases next to `start` in `ids`, going `step`, received on `day`: the rest of a day a
   * page boundary cuts through. Read in growing chunks; stops at the first other day.
   */
  async function restOfDay(ids: readonly string[], start: number, step: 1 | -1, day: string): Promise<Referral[]> {
    const found: Referral[] = [];
    let position = start;
    for (let size = 8; ; size *= 4) {
      const next = step > 0 ? ids.slice(position, position + size) : ids.slice(Math.max(0, position - size), position).reverse();
      if (next.length === 0) break;
      for (const referral of await store.getMany(next)) {
        if (referral.receivedOn !== day) return step > 0 ? found : found.reverse();
        found.push(referral);
      }
      position += step * next.length;
    }
    return step > 0 ? found : found.reverse();
  }

  /** Index ranges that together hold every case of the range (and maybe more): the narrowest there is. */
  function sourceRanges(range: ReferralRange, today: string): [string, IndexableType, IndexableType][] {
    if (range.reviewsDue) return [['nextReviewOn', Dexie.minKey, today]];
    if (range.lead !== 'all') return [['[leadPartnerId+receivedOn]', [range.lead, Dexie.minKey], [range.lead, Dexie.maxKey]]];
    if (range.status === 'all') return [[':id', Dexie.minKey, Dexie.maxKey]];
    return statusesOf(range.status).map((status) => ['[status+receivedOn]', [status, Dexie.minKey], [status, Dexie.maxKey]]);
  }

  return {
    /** The cases of an index range, in the list's index order; with `withListed`, what concern and risk filter on. */
    async range(range: ReferralRange, today: string, withListed: boolean): Promise<ReferralRangeResult> {
      const ascending = await rangeIds(range, today);
      const ids = range.order === 'newest' ? ascending.reverse() : ascending;
      if (!withListed) return { ids };
      // The range's cases, read whole from the narrowest index range that holds them (in any
      // order: the list orders them in memory), keeping those the indexed filters selected.
      const selected = new Set(ids);
      const listed: ListedReferral[] = [];
      for (const [index, lower, upper] of sourceRanges(range, today)) {
        for (const { id, receivedOn, caseCode, concernTypes, riskLevel } of await store.liveInRange(index, lower, upper, chunkSize)) {
          if (selected.has(id)) listed.push({ id, receivedOn, caseCode, concernTypes, riskLevel });
        }
      }
      return { ids, listed };
    },

    /**
     * The cases at positions [from, to) of `ids`, in the list's order. Ids in index order (date
     * received, then id) differ from it only among cases received the same day (the list orders
     * those by case code), so unless `ids` is in the list's order already (`exact`) the read
     * widens to the whole day at either end, sorts, and cuts the page out again.
     */
    async page(ids: readonly string[], from: number, to: number, order: ReferralListQuery['order'], exact: boolean): Promise<Referral[]> {
      const page = await store.getMany(ids.slice(from, to));
      if (exact || page.length === 0) return page;
      const [before, after] = await Promise.all([restOfDay(ids, from, -1, page[0]!.receivedOn), restOfDay(ids, to, 1, page[page.length - 1]!.receivedOn)]);
      const window = [...before, ...page, ...after].sort(compareReferrals(order));
      return window.slice(before.length, before.length + page.length);
    },
  };
}
