/** Filtering and sorting the case list; which reviews are due. Pure, so testable. */
import type { ConcernType, Referral, ReferralEvent, ReferralStatus, RiskLevel } from './referral';
import { isOpenCase } from './referral-workflow';

export interface ReferralListQuery {
  status: ReferralStatus | 'open' | 'all';
  lead: string | 'all';
  concern: ConcernType | 'all';
  risk: RiskLevel | 'all';
  reviewsDue: boolean;
  order: 'newest' | 'oldest';
}

export const defaultReferralQuery: ReferralListQuery = { status: 'open', lead: 'all', concern: 'all', risk: 'all', reviewsDue: false, order: 'newest' };

/** Reviews not yet done whose date has come (today counts as due). */
export function dueReviews(events: readonly ReferralEvent[], today: string): ReferralEvent[] {
  return events.filter((event) => event.deletedAt === null && event.kind === 'review' && event.doneOn === null && event.dueDate <= today);
}

/** The next review not yet done, due or not. */
export function nextReview(events: readonly ReferralEvent[]): ReferralEvent | undefined {
  return events
    .filter((event) => event.deletedAt === null && event.kind === 'review' && event.doneOn === null)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
}

export function filterReferrals(referrals: readonly Referral[], events: readonly ReferralEvent[], query: ReferralListQuery, today: string): Referral[] {
  const due = new Set(dueReviews(events, today).map((event) => event.referralId));
  return referrals
    .filter(
      (referral) =>
        referral.deletedAt === null &&
        (query.status === 'all' || (query.status === 'open' ? isOpenCase(referral.status) : referral.status === query.status)) &&
        (query.lead === 'all' || referral.leadPartnerId === query.lead) &&
        (query.concern === 'all' || referral.concernTypes.includes(query.concern)) &&
        (query.risk === 'all' || referral.riskLevel === query.risk) &&
        (!query.reviewsDue || due.has(referral.id)),
    )
    .sort((a, b) => {
      const byDate = a.receivedOn.localeCompare(b.receivedOn) || a.caseCode.localeCompare(b.caseCode);
      return query.order === 'oldest' ? byDate : -byDate;
    });
}
