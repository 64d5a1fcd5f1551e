/**
 * Every error storage gives, in one module: what went wrong in the database (StorageError,
 * with a problem the UI can translate) and what the rules refused (RefusedError, carrying a
 * typed Refusal). Dexie wraps IndexedDB's DOMExceptions; both carry the name we classify on
 * (inner errors included, because a quota error inside a transaction surfaces as an
 * AbortError whose `inner` is the cause).
 */
import Dexie from 'dexie';
import type { AuditEntity } from '../domain/audit';
import type { CoverageGap } from '../domain/agreement-coverage';
import type { LifecycleError } from '../domain/meeting-lifecycle';
import type { ErasureRefusal, Refusal, RiskPictureRefusal } from '../domain/refusal';
import type { CarryOverRefusal } from '../domain/carry-over';
import type { TransitionError } from '../domain/referral-workflow';

export type StorageProblem =
  | 'quota'
  | 'unavailable'
  | 'newerVersion'
  | 'blocked'
  /** Another window opened a newer version of the database: this one stopped writing. */
  | 'outdated'
  /** The app is locked: the keys are gone until the coordinator unlocks again. */
  | 'locked'
  /** A stored value does not decrypt or authenticate: changed outside the app, or from another database. */
  | 'tampered'
  | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    override readonly cause: unknown,
  ) {
    super(`storage: ${problem}`);
    this.name = 'StorageError';
  }
}

/** The rules refused the change; nothing was written. `refusal` says why. */
export class RefusedError<R extends Refusal = Refusal> extends Error {
  constructor(
    readonly refusal: R,
    message: string,
  ) {
    super(message);
    this.name = 'RefusedError';
  }
}

export class RecordNotFoundError extends RefusedError<Extract<Refusal, { kind: 'notFound' }>> {
  constructor(entity: AuditEntity, id: string) {
    super({ kind: 'notFound', entity, id }, `no live ${entity} with id ${id}`);
    this.name = 'RecordNotFoundError';
  }
  get id(): string {
    return this.refusal.id;
  }
}

export class StaleRevisionError extends RefusedError<Extract<Refusal, { kind: 'stale' }>> {
  constructor(entity: AuditEntity, id: string, expected: number, actual: number) {
    super({ kind: 'stale', entity, id, expected, actual }, `${entity} ${id} is at revision ${actual}, the save was based on ${expected}`);
    this.name = 'StaleRevisionError';
  }
}

/** Approved or circulated minutes change only through an amendment (which reopens them). */
export class MinutesLockedError extends RefusedError<Extract<Refusal, { kind: 'minutesLocked' }>> {
  constructor(meetingId: string) {
    super({ kind: 'minutesLocked', meetingId }, `minutes of meeting ${meetingId} are approved: amend them first`);
    this.name = 'MinutesLockedError';
  }
}

export class LifecycleStepError extends RefusedError<Extract<Refusal, { kind: 'lifecycle' }>> {
  constructor(reason: LifecycleError) {
    super({ kind: 'lifecycle', reason }, `lifecycle step refused: ${reason}`);
    this.name = 'LifecycleStepError';
  }
  get reason(): LifecycleError {
    return this.refusal.reason;
  }
}

export class TransitionRefusedError extends RefusedError<Extract<Refusal, { kind: 'transition' }>> {
  constructor(reason: TransitionError) {
    super({ kind: 'transition', reason }, `status change refused: ${reason}`);
    this.name = 'TransitionRefusedError';
  }
  get reason(): TransitionError {
    return this.refusal.reason;
  }
}

/** The change opens gaps in agreement coverage; the UI asks for a reason and tries again. */
export class CoverageGapError extends RefusedError<Extract<Refusal, { kind: 'coverageGap' }>> {
  constructor(gaps: CoverageGap[]) {
    super({ kind: 'coverageGap', gaps }, `no agreement in force covers ${gaps.length} pair(s) of partners on this case`);
    this.name = 'CoverageGapError';
  }
  get gaps(): CoverageGap[] {
    return this.refusal.gaps;
  }
}

/** The chosen agreement does not bind both partners, so nothing can have been shared under it. */
export class AgreementMismatchError extends RefusedError<Extract<Refusal, { kind: 'agreementMismatch' }>> {
  constructor(agreementId: string) {
    super({ kind: 'agreementMismatch', agreementId }, `agreement ${agreementId} does not bind both partners of the disclosure`);
    this.name = 'AgreementMismatchError';
  }
}

/** No one has said in Settings who works at this computer, so no entry can name them. */
export class LocalUserMissingError extends RefusedError<Extract<Refusal, { kind: 'localUserMissing' }>> {
  constructor() {
    super({ kind: 'localUserMissing' }, 'No local user is set: say who works here before changing anything.');
    this.name = 'LocalUserMissingError';
  }
}

export class ReviewRefusedError extends RefusedError<Extract<Refusal, { kind: 'reviewRefused' }>> {
  constructor(reason: Extract<Refusal, { kind: 'reviewRefused' }>['reason']) {
    super({ kind: 'reviewRefused', reason }, `agreement review refused: ${reason}`);
    this.name = 'ReviewRefusedError';
  }
}

export class ErasureRefusedError extends RefusedError<Extract<Refusal, { kind: 'erasure' }>> {
  constructor(reason: ErasureRefusal) {
    super({ kind: 'erasure', reason }, `deletion refused: ${reason}`);
    this.name = 'ErasureRefusedError';
  }
}

export class RiskPictureRefusedError extends RefusedError<Extract<Refusal, { kind: 'riskPicture' }>> {
  constructor(reason: RiskPictureRefusal) {
    super({ kind: 'riskPicture', reason }, `risk picture step refused: ${reason}`);
    this.name = 'RiskPictureRefusedError';
  }
}

export class CarryOverRefusedError extends RefusedError<Extract<Refusal, { kind: 'carryOver' }>> {
  constructor(reason: CarryOverRefusal) {
    super({ kind: 'carryOver', reason }, `carry-over refused: ${reason}`);
    this.name = 'CarryOverRefusedError';
  }
}

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') found.push(name);
    current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return found;
}

/** Set once another window upgraded the database: every later failure is "outdated". */
let outdated = false;

export function markOutdated(): void {
  outdated = true;
}

export function isOutdated(): boolean {
  return outdated;
}

export function classifyStorageError(error: unknown): StorageProblem {
  if (error instanceof StorageError) return error.problem;
  const seen = names(error);
  if (seen.includes('QuotaExceededError')) return 'quota';
  if (seen.includes('VersionError')) return 'newerVersion';
  if (seen.includes('BlockedError') || seen.includes('DatabaseBlockedError')) return 'blocked';
  if (outdated && seen.includes('DatabaseClosedError')) return 'outdated';
  if (seen.some((name) => ['MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError', 'UnknownError', 'DatabaseClosedError'].includes(name))) {
    return 'unavailable';
  }
  return 'unknown';
}

/**
 * Runs a storage call and rethrows failures of IndexedDB or Dexie as a classified
 * StorageError. Refusals, validation errors and the like pass through unchanged: they are
 * the caller's to explain, not a storage problem.
 */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  if (outdated) throw new StorageError('outdated', new Error('the database was upgraded by another window'));
  try {
    return await work();
  } catch (error) {
    if (error instanceof Dexie.DexieError || error instanceof DOMException) {
      throw new StorageError(classifyStorageError(error), error);
    }
    throw error;
  }
}
