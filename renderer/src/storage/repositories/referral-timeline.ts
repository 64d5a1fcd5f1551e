/**
 * The one way a case's timeline is written. Every write (add, change, remove) ends by working
 * out the case's next review date (and its retention start) again from its live timeline, read by the `referralId`
 * index, and keeping it on the case in the same transaction. The list finds due reviews
 * through the `nextReviewOn` index and never reads a timeline, so no timeline write may
 * leave the date behind: the referral repository writes entries only through here.
 */
import type { ReferralEvent } from '../../domain/referral';
import { nextReviewOn } from '../../domain/referral-list';
import { caseRetentionStart } from '../../domain/retention';
import type { AuditNote, NewRecord, RecordStores } from '../record-store';

export function createTimelineWriter(stores: RecordStores) {
  /**
   * The case's next review date and the day its retention runs from, worked out again from its
   * timeline and status and kept on the case. A status change writes its timeline entry through
   * here after changing the case, so closing a case sets its retention start in the same step.
   */
  async function refreshNextReview(referralId: string): Promise<void> {
    const events = await stores.referralEvents.where('referralId', referralId);
    const referral = await stores.referrals.getIncludingDeleted(referralId);
    const retentionFrom = referral ? caseRetentionStart(referral, events) : null;
    await stores.referrals.setDerived(referralId, { nextReviewOn: nextReviewOn(events), retentionFrom });
  }

  return {
    async add(event: NewRecord<ReferralEvent>, note: AuditNote): Promise<ReferralEvent> {
      const saved = await stores.referralEvents.insert(event, note);
      await refreshNextReview(saved.referralId);
      return saved;
    },

    /** Changes an entry (a review marked done), refused when it moved on since `baseRevision`. */
    async change(eventId: string, baseRevision: number, change: (current: ReferralEvent) => ReferralEvent, note: AuditNote): Promise<ReferralEvent> {
      const saved = await stores.referralEvents.update(eventId, baseRevision, change, note);
      await refreshNextReview(saved.referralId);
      return saved;
    },

    /** Removes an entry (a tombstone, audited): it no longer counts, a review no longer falls due. */
    async remove(eventId: string, baseRevision: number, note: AuditNote): Promise<ReferralEvent> {
      const removed = await stores.referralEvents.archive(eventId, baseRevision, note);
      await refreshNextReview(removed.referralId);
      return removed;
    },
  };
}
