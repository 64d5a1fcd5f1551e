/**
 * Seeds that write cases straight into the database give closed cases the day their retention
 * runs from (`referrals.retentionFrom`, indexed), worked out by the app's own rule
 * (domain/retention.ts `caseRetentionStart`), exactly as storage keeps it. Rows built inside
 * the page reach the rule through a function exposed to the page.
 */
import type { Page } from 'playwright-core';
import type { Referral, ReferralEvent } from '../../../renderer/src/domain/referral';
import { caseRetentionStart } from '../../../renderer/src/domain/retention';

export interface RetentionCase {
  referral: Pick<Referral, 'status' | 'closedOn' | 'updatedAt'>;
  timeline: Pick<ReferralEvent, 'kind' | 'on' | 'dueDate' | 'doneOn' | 'toStatus' | 'deletedAt'>[];
}

/** What the exposed function is called in the page (declare it there with this type). */
export interface RetentionStartApi {
  roundtableRetentionStarts(cases: RetentionCase[]): Promise<(string | null)[]>;
}

const exposed = new WeakSet<Page>();

/** Gives the page `roundtableRetentionStarts` (see RetentionStartApi), once per page. */
export async function exposeRetentionStart(page: Page): Promise<void> {
  if (exposed.has(page)) return;
  exposed.add(page);
  await page.exposeFunction('roundtableRetentionStarts', (cases: RetentionCase[]) =>
    cases.map(({ referral, timeline }) => caseRetentionStart(referral, timeline)),
  );
}
