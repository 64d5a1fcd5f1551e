/**
 * The check on sharing, enforced where referrals are written: a change that brings partners
 * together on a case without an agreement in force for the data it involves is refused
 * unless the coordinator acknowledged the gap with a reason. The acknowledgement and its
 * audit entry are written in the caller's transaction, together with the change itself.
 */
import { buildCoverageMatrix, coverageGaps, newCoverageGaps, type CoverageGap } from '../../domain/agreement-coverage';
import { acknowledgementReason, type CoverageAcknowledgement } from '../../domain/disclosure';
import { newRecordMeta } from '../../domain/record';
import type { Referral } from '../../domain/referral';
import { casePartnerIds, referralDataCategories } from '../../domain/referral-data-categories';
import { appendAudit } from '../audit';
import type { RoundtableDb } from '../db';

/** The change opens gaps in agreement coverage; the UI asks for a reason and tries again. */
export class CoverageGapError extends Error {
  constructor(readonly gaps: CoverageGap[]) {
    super(`no agreement in force covers ${gaps.length} pair(s) of partners on this case`);
    this.name = 'CoverageGapError';
  }
}

type CaseShape = Pick<Referral, 'referringPartnerId' | 'leadPartnerId' | 'involvedPartnerIds' | 'concernTypes' | 'vulnerabilities'>;

/** The gaps of one case as things stand, for the case page. */
export function caseGaps(referral: CaseShape, matrix: ReturnType<typeof buildCoverageMatrix>): CoverageGap[] {
  return coverageGaps(casePartnerIds(referral), referralDataCategories(referral), matrix);
}

export async function liveAcknowledgements(db: RoundtableDb, referralId: string): Promise<CoverageAcknowledgement[]> {
  return (await db.coverageAcknowledgements.where('referralId').equals(referralId).toArray())
    .filter((acknowledgement) => acknowledgement.deletedAt === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Must run inside a 'rw' transaction over referrals' tables plus agreements,
 * coverageAcknowledgements, audit and settings. Throws CoverageGapError when the change
 * opens gaps and no reason is given.
 */
export async function checkCoverage(
  db: RoundtableDb,
  change: { referralId: string; before: CaseShape | null; after: CaseShape; acknowledgement?: string; by: string },
  now: Date,
  today: string,
): Promise<void> {
  const matrix = buildCoverageMatrix(await db.agreements.toArray(), today);
  const acknowledged = (await liveAcknowledgements(db, change.referralId)).flatMap((entry) => entry.gaps);
  const fresh = newCoverageGaps(change.before ? caseGaps(change.before, matrix) : [], caseGaps(change.after, matrix), acknowledged);
  if (fresh.length === 0) return;
  const reason = acknowledgementReason.safeParse(change.acknowledgement ?? '');
  if (!reason.success) throw new CoverageGapError(fresh);
  const record: CoverageAcknowledgement = { ...newRecordMeta(now), referralId: change.referralId, gaps: fresh, reason: reason.data, by: change.by };
  await db.coverageAcknowledgements.add(record);
  await appendAudit(db, { action: 'acknowledge', entityId: change.referralId, changes: [{ field: 'coverageGaps', old: null, new: { gaps: fresh, reason: reason.data } }] }, now);
}
