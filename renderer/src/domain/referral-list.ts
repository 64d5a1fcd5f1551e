/**
 * The case list's rules: its filters, its order, its pages, and when a review is due. Pure,
 * so testable; `filterReferrals` states the whole list in memory and is the reference the
 * index-driven query in storage is tested against.
 */
import { referralStatuses, type ConcernType, type Referral, type ReferralEvent, type ReferralStatus, type RiskLevel } from './referral';
import { isOpenCase } from './referral-workflow';

export interface ReferralListQuery {
  status: ReferralStatus | 'open' | 'all';
  lead: string | 'all';
  concern: ConcernType | 'all';
  risk: RiskLevel | 'all';
  reviewsDue: boolean;
  order: 'newest' | 'oldest';
  /** Only the cases this partner refers, leads or is involved in (absent or '' for all), from a partner's page. */
  partner?: string;
}

export const defaultReferralQuery: ReferralListQuery = { status: 'open', lead: 'all', concern: 'all', risk: 'all', reviewsDue: false, order: 'newest' };

/** Cases a page of the list shows. */
export const referralPageSize = 50;

/** The statuses of cases still open: those with a next step. */
export const openStatuses: readonly ReferralStatus[] = referralStatuses.filter(isOpenCase);

/** The statuses the status filter lets through. */
export function statusesOf(status: ReferralListQuery['status']): readonly ReferralStatus[] {
  if (status === 'all') return referralStatuses;
  return status === 'open' ? openStatuses : [status];
}

/** The next review not yet done (nor removed), due or not. */
export function nextReview(events: readonly ReferralEvent[]): ReferralEvent | undefined {
  return events
    .filter((event) => event.deletedAt === null && event.kind === 'review' && event.doneOn === null && event.dueDate !== '')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
}

/** A case's next review date, as storage keeps it on the case (`Referral.nextReviewOn`). */
export function nextReviewOn(events: readonly ReferralEvent[]): string | null {
  return nextReview(events)?.dueDate ?? null;
}

/** Due when its date has come: today counts as due. */
export function isReviewDue(nextReviewDate: string | null, today: string): boolean {
  return nextReviewDate !== null && nextReviewDate <= today;
}

/**
 * The filters on special-category data (concern, risk). Never indexed (they are to be
 * encrypted at rest), so they run in memory over the cases an index range selects.
 */
export function hasSensitiveFilters(query: Pick<ReferralListQuery, 'concern' | 'risk'>): boolean {
  return query.concern !== 'all' || query.risk !== 'all';
}

export function matchesSensitiveFilters(referral: Pick<Referral, 'concernTypes' | 'riskLevel'>, query: Pick<ReferralListQuery, 'concern' | 'risk'>): boolean {
  return (query.concern === 'all' || referral.concernTypes.includes(query.concern)) && (query.risk === 'all' || referral.riskLevel === query.risk);
}

/**
 * Oldest first: by date received, then by case code (cases received the same day in the
 * order they were numbered); newest first is exactly the reverse.
 */
export function compareReferrals(
  order: ReferralListQuery['order'],
): (a: Pick<Referral, 'receivedOn' | 'caseCode'>, b: Pick<Referral, 'receivedOn' | 'caseCode'>) => number {
  const sign = order === 'oldest' ? 1 : -1;
  return (a, b) => sign * (byCodeUnits(a.receivedOn, b.receivedOn) || byCodeUnits(a.caseCode, b.caseCode));
}

/**
 * ISO dates and case codes are ASCII and sort as written: compared by code units, as the
 * indexes do, many times faster than localeCompare when a range of 20,000 cases is sorted.
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A case as the in-memory filters and the order need it: all a range keeps of its cases. */
export type ListedReferral = Pick<Referral, 'id' | 'receivedOn' | 'caseCode' | 'concernTypes' | 'riskLevel'>;

/**
 * The ids the list shows, from what an index range gave: its ids (in index order: date
 * received, then id) or, when concern or risk filter, its cases as `ListedReferral`, filtered
 * and put in the list's order here. `exact` says whether the ids are in the list's order
 * already; otherwise cases received the same day still need ordering by case code.
 */
export function matchingIds(
  range: { ids: readonly string[]; listed?: readonly ListedReferral[] },
  query: Pick<ReferralListQuery, 'concern' | 'risk' | 'order'>,
): { ids: readonly string[]; exact: boolean } {
  if (!range.listed) return { ids: range.ids, exact: false };
  const ids = range.listed
    .filter((referral) => matchesSensitiveFilters(referral, query))
    .sort(compareReferrals(query.order))
    .map((referral) => referral.id);
  return { ids, exact: true };
}

/** The whole list in memory, from every case and every timeline entry: the reference. */
export function filterReferrals(referrals: readonly Referral[], events: readonly ReferralEvent[], query: ReferralListQuery, today: string): Referral[] {
  const byCase = new Map<string, ReferralEvent[]>();
  for (const event of events) {
    const list = byCase.get(event.referralId);
    if (list) list.push(event);
    else byCase.set(event.referralId, [event]);
  }
  const statuses = new Set(statusesOf(query.status));
  return referrals
    .filter(
      (referral) =>
        referral.deletedAt === null &&
        statuses.has(referral.status) &&
        (query.lead === 'all' || referral.leadPartnerId === query.lead) &&
        matchesSensitiveFilters(referral, query) &&
        (!query.reviewsDue || isReviewDue(nextReviewOn(byCase.get(referral.id) ?? []), today)),
    )
    .sort(compareReferrals(query.order));
}
