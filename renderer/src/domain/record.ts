/**
 * Fields every stored record has (architecture guide, data rules): a UUID key, times of
 * creation and last change, a tombstone instead of deletion so that nothing a partner
 * shared disappears silently, and a revision that counts the record's writes.
 *
 * The revision is what makes "a save based on an old revision is refused" possible: every
 * update names the revision it was based on, and storage refuses it when the record has
 * moved on since (another window saved first). It also becomes a calendar SEQUENCE and
 * the version a future sync compares.
 */
import { z } from 'zod';

export interface RecordMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  /** 1 when created, one more with every write. */
  revision: number;
}

export function newRecordMeta(now: Date = new Date()): RecordMeta {
  const stamp = now.toISOString();
  return { id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, deletedAt: null, revision: 1 };
}

const isoInstant = z.iso.datetime({ offset: true });

/** The stored shape of RecordMeta, for the record schemas storage validates every write with. */
export const recordMetaShape = {
  id: z.string().min(1),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  deletedAt: isoInstant.nullable(),
  revision: z.number().int().min(1),
};

/** An id that links to another record (a foreign key): present, or explicitly none. */
export const recordId = z.string().min(1);
export const optionalRecordId = recordId.nullable();
export { isoInstant };
