/**
 * The audit side of a deletion: the entries about the deleted records lose their values (and,
 * one period later, the names of who made them), keeping their commitments so the chain still
 * verifies (domain/audit-format.ts). Runs inside the deletion's transaction.
 */
import type { StoredAuditEntry } from '../../domain/audit';
import { eraseEntryActor, eraseEntryValues, isErasableFormat } from '../../domain/audit-format';
import type { RoundtableDb } from '../db';
import { ErasureRefusedError } from '../errors';

/**
 * The entries about `ids` (as the record itself, or as the record another belongs to), but
 * not the deletion's own entries (entity "erasure"), which record that it happened and hold
 * nothing deleted. One index lookup per id: an `anyOf` over a transaction's own writes has
 * been seen to let the transaction commit early under fake IndexedDB.
 */
export async function auditEntriesAbout(db: RoundtableDb, ids: readonly string[]): Promise<StoredAuditEntry[]> {
  const found = new Map<string, StoredAuditEntry>();
  for (const id of ids) {
    for (const index of ['entityId', 'parentId'] as const) {
      const entries = (await db.audit.where(index).equals(id).toArray()) as StoredAuditEntry[];
      for (const entry of entries) if (entry.entity !== 'erasure') found.set(entry.id, entry);
    }
  }
  return [...found.values()];
}

/** Erases the values of `entries`; refused, before anything is written, when one is of the first format. */
export async function eraseAuditValues(db: RoundtableDb, entries: readonly StoredAuditEntry[], at: Date): Promise<void> {
  if (entries.some((entry) => !isErasableFormat(entry))) throw new ErasureRefusedError('oldAudit');
  const stamp = at.toISOString();
  await db.audit.bulkPut(entries.map((entry) => eraseEntryValues(entry, stamp)));
}

/** Erases who made `entries` (the auditActors rule, one period after the deletion). */
export async function eraseAuditActorsOf(db: RoundtableDb, entries: readonly StoredAuditEntry[], at: Date): Promise<void> {
  if (entries.some((entry) => !isErasableFormat(entry))) throw new ErasureRefusedError('oldAudit');
  const stamp = at.toISOString();
  await db.audit.bulkPut(entries.map((entry) => eraseEntryActor(entry, stamp)));
}

/** How many entries are about each id (for the erasure records). */
export function countByRecord(entries: readonly StoredAuditEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.entityId, (counts.get(entry.entityId) ?? 0) + 1);
  return counts;
}
