/**
 * What is left of a deleted record: its id, its kind, when and why it was deleted, and for a
 * case its code (so the number is never given out again and the data-protection officer can
 * answer "what happened to RT-2022-0042?"). Everything else about it was erased: the row itself,
 * its words in the search index and the values in its audit entries (their commitments stay,
 * so the chain still verifies; storage/erasure.ts).
 *
 * One erasure record per deleted record: a case deleted with its timeline, disclosures and
 * acknowledgements leaves one for each, the case's own carrying `parentId` null and the others
 * naming the case.
 */
import { z } from 'zod';
import { isoInstant, optionalRecordId, recordMetaShape, type RecordMeta } from './record';
import { erasureReasons, type ErasureReason } from './retention';
import { limits, msg, optionalText } from './validation';

/** Kinds of record that can be deleted for good (the tables, as storage names them). */
export const erasableTables = ['referrals', 'referralEvents', 'disclosures', 'coverageAcknowledgements', 'contacts', 'agendaItems', 'retentionHolds'] as const;
export type ErasableTable = (typeof erasableTables)[number];

export interface Erasure extends RecordMeta {
  /** The table the record was in. (The erasure's own `id` is the deleted record's id.) */
  table: ErasableTable;
  /** The record it belonged to (a timeline entry's case, a contact's partner), or null. */
  parentId: string | null;
  /** A case's code and its parts (never given out again); null for any other record. */
  caseCode: string | null;
  caseYear: number | null;
  caseNumber: number | null;
  reason: ErasureReason;
  /** What the coordinator wrote about it (sealed, like every field not indexed). */
  note: string;
  /** How many audit entries about it had their values erased. */
  auditEntriesErased: number;
  /**
   * When the names of those who worked on it were erased from its audit entries too (the
   * schedule's auditActors rule), or null while they are still kept.
   */
  actorsErasedAt: string | null;
}

export const erasureNoteLimit = limits.notes;

export const erasureRecordSchema: z.ZodType<Erasure, unknown> = z.strictObject({
  ...recordMetaShape,
  table: z.enum(erasableTables),
  parentId: optionalRecordId,
  caseCode: z
    .string()
    .regex(/^RT-\d{4}-\d{4,}$/)
    .nullable(),
  caseYear: z.number().int().nullable(),
  caseNumber: z.number().int().min(1).nullable(),
  reason: z.enum(erasureReasons),
  note: optionalText(erasureNoteLimit),
  auditEntriesErased: z.number().int().min(0),
  actorsErasedAt: isoInstant.nullable(),
});

/** What a coordinator gives when deleting: why, and (required unless the retention ended) a note. */
export const erasureRequestSchema = z
  .object({
    reason: z.enum(erasureReasons, { error: msg('choice') }),
    note: optionalText(erasureNoteLimit),
  })
  .superRefine((value, context) => {
    if (value.reason !== 'retention' && !value.note) context.addIssue({ code: 'custom', path: ['note'], message: msg('required') });
  });
export type ErasureRequest = z.output<typeof erasureRequestSchema>;

export type { ErasureReason };
