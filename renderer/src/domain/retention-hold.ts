/**
 * A legal hold: a record due for deletion is kept past its due day, until a date, for a
 * reason (proceedings pending, an inquiry, the person's own request to keep it). Recorded as a
 * record of its own, so it is sealed, audited and shown in the held record's history; the
 * retention rules read only its `until`.
 */
import { z } from 'zod';
import { addMonths } from './referral-workflow';
import { recordId, recordMetaShape, type RecordMeta } from './record';
import { isRealIsoDate, limits, msg, requiredText } from './validation';
import { erasableTables, type ErasableTable } from './erasure';

export interface RetentionHold extends RecordMeta {
  /** The record kept (a case, a contact, an agenda item). */
  recordId: string;
  table: ErasableTable;
  /** Kept until this day; due again the day after. */
  until: string;
  reason: string;
}

/** A hold reaches at most this far: a longer one is refused, so nothing is kept forever by a typo. */
export const holdMaxMonths = 120;

export function holdInputSchema(today: () => string) {
  return z
    .object({
      until: z.string({ error: msg('date') }).refine(isRealIsoDate, { error: msg('date') }),
      reason: requiredText(limits.notes),
    })
    .superRefine((value, context) => {
      if (isRealIsoDate(value.until) && (value.until <= today() || value.until > addMonths(today(), holdMaxMonths))) {
        context.addIssue({ code: 'custom', path: ['until'], message: msg('holdUntil') });
      }
    });
}
export type HoldInput = z.input<ReturnType<typeof holdInputSchema>>;

export const retentionHoldRecordSchema: z.ZodType<RetentionHold, unknown> = z.strictObject({
  ...recordMetaShape,
  recordId,
  table: z.enum(erasableTables),
  until: z.string().refine(isRealIsoDate),
  reason: requiredText(limits.notes),
});
