/**
 * Why Roundtable refuses to do what was asked: each refusal the domain rules or storage can
 * give, as one typed union. Storage throws them as a RefusedError (storage/errors.ts); the
 * UI turns each into a translated sentence that says what happened and what to do
 * (ui/useErrorMessage.ts), and TypeScript checks that every kind has one.
 */
import type { AuditEntity } from './audit';
import type { CoverageGap } from './agreement-coverage';
import type { LifecycleError } from './meeting-lifecycle';
import type { TransitionError } from './referral-workflow';
import type { CarryOverRefusal } from './carry-over';

/**
 * Why an edition step is refused: an agreed edition is read-only; only an agreed edition is
 * continued, and only once; the decision linked must be one of the chosen meeting's.
 */
export type RiskPictureRefusal = 'agreedReadOnly' | 'notAgreed' | 'alreadyContinued' | 'decisionNotInMeeting' | 'agreedInFuture';

/**
 * Why a deletion is refused: a legal hold lasts; a case still open cannot go for its retention
 * ended; the record has audit entries of the first format (a trail whose upgrade failed), whose
 * values cannot be erased without breaking the chain; the agenda item is not a case discussion;
 * a case it discusses is still open; the contact's partner is still in the network.
 */
export type ErasureRefusal = 'held' | 'stillOpen' | 'oldAudit' | 'notCaseDiscussion' | 'casesOpen' | 'partnerActive';

export type Refusal =
  /** The record is not there (any more): removed, archived, or a wrong link. */
  | { kind: 'notFound'; entity: AuditEntity; id: string }
  /** The save was based on an older revision: the record changed elsewhere meanwhile. */
  | { kind: 'stale'; entity: AuditEntity; id: string; expected: number; actual: number }
  /** Approved minutes change only through an amendment. */
  | { kind: 'minutesLocked'; meetingId: string }
  | { kind: 'lifecycle'; reason: LifecycleError }
  | { kind: 'transition'; reason: TransitionError }
  /** Partners would share a case's data without an agreement in force, and no reason was given. */
  | { kind: 'coverageGap'; gaps: CoverageGap[] }
  /** The chosen agreement does not bind both partners of a disclosure. */
  | { kind: 'agreementMismatch'; agreementId: string }
  /** Nobody has said who works at this computer, so no change can be audited. */
  | { kind: 'localUserMissing' }
  /** An agreement's review: the next date must lie after today, and only a signed agreement can be reviewed. */
  | { kind: 'reviewRefused'; reason: 'nextDateNotAfterToday' | 'notInForce' }
  /** An agenda item cannot be carried over (see domain/carry-over.ts). */
  | { kind: 'carryOver'; reason: CarryOverRefusal }
  /** A risk picture edition cannot be changed, agreed or continued this way (see storage/repositories/risk-pictures.ts). */
  | { kind: 'riskPicture'; reason: RiskPictureRefusal }
  /** A record cannot be deleted for good this way (see storage/repositories/erasure.ts). */
  | { kind: 'erasure'; reason: ErasureRefusal };

export type RefusalKind = Refusal['kind'];
