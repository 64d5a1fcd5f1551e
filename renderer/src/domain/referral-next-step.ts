/**
 * A case's next step, for the summary at the top of the case page: the support action or
 * review due soonest that is not done. An open support action comes before a review (a review
 * is planned only once a case is closed); one without a due date comes after those with one.
 */
import type { ReferralEvent } from './referral';
import { nextReview } from './referral-list';

export type NextStep =
  { kind: 'support'; event: ReferralEvent; dueDate: string; overdue: boolean } | { kind: 'review'; event: ReferralEvent; dueDate: string; overdue: boolean };

export function nextStep(events: readonly ReferralEvent[], today: string): NextStep | null {
  const support = events
    .filter((event) => event.deletedAt === null && event.kind === 'support' && event.doneOn === null)
    // Dated ones first, soonest first; undated ones last, oldest entry first.
    .sort((a, b) =>
      (a.dueDate === '') !== (b.dueDate === '') ? (a.dueDate === '' ? 1 : -1) : a.dueDate.localeCompare(b.dueDate) || a.on.localeCompare(b.on),
    )[0];
  const overdue = (dueDate: string) => dueDate !== '' && dueDate < today;
  if (support) return { kind: 'support', event: support, dueDate: support.dueDate, overdue: overdue(support.dueDate) };
  const review = nextReview(events);
  if (review) return { kind: 'review', event: review, dueDate: review.dueDate, overdue: overdue(review.dueDate) };
  return null;
}
