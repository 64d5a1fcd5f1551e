/**
 * Rectification (DSGVO/UK GDPR Art. 16): an edit saved as a correction says that the case's
 * record was wrong, not that the situation changed. The record keeps a marker ("corrected on
 * … because …", with the fields corrected); the audit entry keeps the old values, as every
 * change does, so what was held before stays provable.
 */
import { z } from 'zod';
import type { AuditChange } from './audit';
import { diffChanges } from './audit-chain';
import { auditedReferralFields, type Referral, type ReferralCorrection } from './referral';
import { isRealIsoDate, limits, msg, requiredText } from './validation';

/** At most this many corrections per case: the marker list stays small enough to show and to seal. */
export const maxCorrections = 200;

/** The fields a correction can change: what the case form edits (status and closing follow from the timeline). */
export const correctableReferralFields = auditedReferralFields.filter(
  (field): field is Exclude<(typeof auditedReferralFields)[number], 'status' | 'outcome' | 'closedOn' | 'corrections'> =>
    field !== 'status' && field !== 'outcome' && field !== 'closedOn' && field !== 'corrections',
);
export type CorrectableReferralField = (typeof correctableReferralFields)[number];

/** Why the record was wrong: required, one paragraph at most. */
export const correctionReasonSchema = requiredText(limits.contactNotes);

const correctionSchema = z.strictObject({
  on: z.string().refine(isRealIsoDate),
  reason: correctionReasonSchema,
  fields: z.array(z.enum(correctableReferralFields)).min(1).max(correctableReferralFields.length),
});

/** The stored list of a case's corrections, oldest first; rows written before it existed read as none. */
export const correctionsSchema = z.array(correctionSchema).max(maxCorrections, { error: msg('tooMany', { max: maxCorrections }) });

/** The audit line that carries a correction's reason beside the old → new values. */
export const correctionReasonField = 'correctionReason';

export interface CorrectedReferral {
  /** The record to store: the new values and, when anything changed, one more marker. */
  record: Referral;
  /** The audit entry's changes: each corrected field old → new, then the reason; empty when nothing changed. */
  changes: AuditChange[];
}

/**
 * `next` (the form's values over `before`) as a correction made `on` a day for `reason`. A
 * correction that changes nothing writes nothing: there is nothing to mark.
 */
export function correctReferral(before: Referral, next: Referral, on: string, reason: string): CorrectedReferral {
  const changes = diffChanges(before, next, correctableReferralFields);
  if (changes.length === 0) return { record: { ...next, corrections: before.corrections }, changes: [] };
  const correction: ReferralCorrection = { on, reason: reason.trim(), fields: changes.map((change) => change.field) };
  return {
    record: { ...next, corrections: [...before.corrections, correction] },
    changes: [...changes, { field: correctionReasonField, old: null, new: correction.reason }],
  };
}
