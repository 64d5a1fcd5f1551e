/**
 * The register's order and its status and review filters, worked out from index keys alone
 * (ids of agreements by review date, by stored status, by end date), so the list reads the
 * records of one page only. The same rules as agreementStanding (agreement-status.ts): an
 * active or under-review agreement past its end date shows as expired; the review flags
 * apply to agreements in force or about to be.
 */
import type { AgreementFilter } from './agreement-status';

/** Id sets from the agreements' indexes, as of today. */
export interface RegisterKeys {
  /** Every live agreement, by review date (ties in id order, as the index keeps them). */
  byReviewDate: readonly string[];
  /** Stored as active or under review. */
  current: ReadonlySet<string>;
  /** With an end date before today. */
  ended: ReadonlySet<string>;
  /** With a review date before today. */
  reviewPast: ReadonlySet<string>;
  /** With a review date from today to the horizon (30 days). */
  reviewSoon: ReadonlySet<string>;
  /** Stored with the status the filter asks for (empty when it asks for none). */
  withStatus: ReadonlySet<string>;
}

/**
 * The ids the status and review filters leave, in the register's order: overdue reviews
 * first, then by review date. The party filters run on the `partyIds` index: the caller applies them.
 */
export function registerIds(keys: RegisterKeys, filter: Pick<AgreementFilter, 'status' | 'review'>): string[] {
  const live = (id: string) => keys.current.has(id) && !keys.ended.has(id);
  const overdue = (id: string) => live(id) && keys.reviewPast.has(id);
  const statusMatches = (id: string): boolean => {
    switch (filter.status) {
      case '':
        return true;
      case 'expired':
        return keys.withStatus.has(id) || (keys.current.has(id) && keys.ended.has(id));
      case 'active':
      case 'under_review':
        return keys.withStatus.has(id) && !keys.ended.has(id);
      default:
        return keys.withStatus.has(id);
    }
  };
  const reviewMatches = (id: string): boolean => {
    if (filter.review === 'overdue') return overdue(id);
    if (filter.review === 'due') return overdue(id) || (live(id) && keys.reviewSoon.has(id));
    if (filter.review === 'lapsed') return keys.current.has(id) && keys.ended.has(id);
    return true;
  };
  const first: string[] = [];
  const rest: string[] = [];
  for (const id of keys.byReviewDate) {
    if (!statusMatches(id) || !reviewMatches(id)) continue;
    (overdue(id) ? first : rest).push(id);
  }
  return [...first, ...rest];
}
