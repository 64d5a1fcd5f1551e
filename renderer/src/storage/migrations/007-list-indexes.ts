import type { Transaction } from 'dexie';
import type { ReferralEvent } from '../../domain/referral';
import { nextReviewOn } from '../../domain/referral-list';
import type { Migration } from './index';

/**
 * Scale: lists read the rows they show through indexes instead of whole tables. Compound
 * indexes give each list its filter and its order in one range (open actions by due date,
 * an owner's actions by due date, a series' meetings by start, cases by status or lead and
 * date received), and `nextReviewOn`, kept on each case when its timeline changes, finds
 * the cases whose review is due without reading every timeline entry. Still ids, codes and
 * dates only.
 *
 * The upgrade works out `nextReviewOn` for every case that exists, from its timeline, by the
 * same rule the repository keeps it with. It is derived bookkeeping, not a change anyone
 * made: like every later write of it, it leaves the revision (what a form open elsewhere was
 * based on, what a sync will compare) and `updatedAt` as they were, and writes no audit entry.
 */
export const migration007: Migration = {
  version: 7,
  stores: {
    meetings: 'id, seriesId, type, status, startsAt, updatedAt, deletedAt, [seriesId+startsAt]',
    actions: 'id, meetingId, agendaItemId, ownerPartnerId, status, dueDate, deletedAt, [status+dueDate], [ownerPartnerId+dueDate]',
    referrals:
      'id, &caseCode, caseYear, status, referringPartnerId, leadPartnerId, receivedOn, updatedAt, deletedAt, nextReviewOn, [status+receivedOn], [leadPartnerId+receivedOn]',
  },
  upgrade: async (tx: Transaction) => {
    // Only reviews matter, found through the kind index: not the whole timeline.
    const reviews = await tx.table<ReferralEvent, string>('referralEvents').where('kind').equals('review').toArray();
    const byCase = new Map<string, ReferralEvent[]>();
    for (const review of reviews) {
      const list = byCase.get(review.referralId);
      if (list) list.push(review);
      else byCase.set(review.referralId, [review]);
    }
    await tx
      .table('referrals')
      .toCollection()
      .modify((referral: { id: string; nextReviewOn?: string | null }) => {
        referral.nextReviewOn = nextReviewOn(byCase.get(referral.id) ?? []);
      });
  },
};
