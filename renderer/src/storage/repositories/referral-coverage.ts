/**
 * The check on sharing, enforced where referrals are written: a change that brings partners
 * together on a case without an agreement in force for the data it involves is refused
 * unless the coordinator acknowledged the gap with a reason. The acknowledgement and its
 * audit entry are written in the caller's transaction, together with the change itself.
 */
import { buildCoverageMatrix, coverageGaps, newCoverageGaps, type CoverageGap } from '../../domain/agreement-coverage';
import { acknowledgementReason, type CoverageAcknowledgement } from '../../domain/disclosure';
import type { Referral } from '../../domain/referral';
import { casePartnerIds, referralDataCategories } from '../../domain/referral-data-categories';
import { CoverageGapError } from '../errors';
import type { RecordStores } from '../record-store';

type CaseShape = Pick<Referral, 'referringPartnerId' | 'leadPartnerId' | 'involvedPartnerIds' | 'concernTypes' | 'vulnerabilities'>;

/** The gaps of one case as things stand, for the case page. */
export function caseGaps(referral: CaseShape, matrix: ReturnType<typeof buildCoverageMatrix>): CoverageGap[] {
  return coverageGaps(casePartnerIds(referral), referralDataCategories(referral), matrix);
}

export async function liveAcknowledgements(stores: RecordStores, referralId: string): Promise<CoverageAcknowledgement[]> {
  return (await stores.coverageAcknowledgements.where('referralId', referralId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Must run inside a 'rw' transaction over referrals' tables plus agreements,
 * coverageAcknowledgements, audit and settings. Throws CoverageGapError when the change
 * opens gaps and no reason is given.
 */
export async function checkCoverage(
  stores: RecordStores,
  change: { referralId: string; before: CaseShape | null; after: CaseShape; acknowledgement?: string; by: string },
  at: Date,
  today: string,
): Promise<void> {
  const matrix = buildCoverageMatrix(await stores.agreements.list(), today);
  const acknowledged = (await liveAcknowledgements(stores, change.referralId)).flatMap((entry) => entry.gaps);
  const fresh = newCoverageGaps(change.before ? caseGaps(change.before, matrix) : [], caseGaps(change.after, matrix), acknowledged);
  if (fresh.length === 0) return;
  const reason = acknowledgementReason.safeParse(change.acknowledgement ?? '');
  if (!reason.success) throw new CoverageGapError(fresh);
  await stores.coverageAcknowledgements.insert(
    { referralId: change.referralId, gaps: fresh, reason: reason.data, by: change.by },
    { action: 'acknowledge', at, changes: [{ field: 'coverageGaps', old: null, new: { gaps: fresh, reason: reason.data } }] },
  );
}
