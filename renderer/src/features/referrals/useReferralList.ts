/**
 * The case list's data, in three steps that each redo only what changed:
 *  1. the index range (status, lead, due reviews, order): ids from keys alone, and, only while
 *     a concern or risk filter is set, what those filters need of each case of the range;
 *  2. concern and risk filtered in memory over that: choosing another concern or risk (or
 *     page) reads nothing again;
 *  3. the page's 50 cases, read by id.
 * Live queries: a write re-runs the steps that read what it touched.
 */
import { clampPage } from '../../domain/paging';
import { useMemo } from 'react';
import type { Referral } from '../../domain/referral';
import { hasSensitiveFilters, matchingIds, referralPageSize, type ReferralListQuery } from '../../domain/referral-list';
import { referrals as referralRepo, useLive } from '../../storage';

export interface ReferralListView {
  rows: Referral[];
  /** Cases matching the filters, on all pages. */
  total: number;
  /** The page shown: the one asked for, or the last there is. */
  page: number;
  pageCount: number;
  /** Position of the page's first case in the whole list (0-based). */
  first: number;
}

export function useReferralList(query: ReferralListQuery, requestedPage: number, today: string): ReferralListView | undefined {
  const { status, lead, reviewsDue, order, concern, risk, partner = '' } = query;
  const sensitive = hasSensitiveFilters(query);
  const range = useLive(
    () => referralRepo.listRange({ status, lead, reviewsDue, order, partner }, today, sensitive),
    [status, lead, reviewsDue, order, partner, today, sensitive],
  );
  // Until a range read for concern and risk arrives, the ids of the one before stand in.
  const matching = useMemo(() => range && matchingIds(range, { concern, risk, order }), [range, concern, risk, order]);

  const total = matching?.ids.length ?? 0;
  const { page, pageCount, first } = clampPage(requestedPage, total, referralPageSize);
  return useLive(
    async () =>
      matching && {
        rows: await referralRepo.listPage(matching.ids, first, first + referralPageSize, order, matching.exact),
        total,
        page,
        pageCount,
        first,
      },
    [matching, first, order],
  );
}
