/** Records that have no audit entry at all: written around the write path, or from outside. */
import type { AuditEntity } from '../domain/audit';
import type { RoundtableDb } from './db';
import { guarded } from './errors';
import { entityOfTable, recordTables } from './tables';

export interface UnauditedRecords {
  entity: AuditEntity;
  count: number;
  /** The first few ids, to look into. */
  ids: string[];
}

/**
 * Per kind of record, those whose id no audit entry names. Reads keys only (indexes), never
 * records. `audited`, the record ids the check already met in the entries it read, spares
 * the scan of the whole `entityId` index; the ids it lacks are confirmed through the index,
 * in the same transaction as the records' keys, so a record saved with its entry while the
 * check ran is never reported.
 */
export function unauditedRecords(db: RoundtableDb, audited?: ReadonlySet<string>): Promise<UnauditedRecords[]> {
  return guarded(() =>
    db.transaction('r', [db.audit, ...recordTables.map((table) => db.table(table))], async () => {
      const byTable = await Promise.all(recordTables.map(async (table) => ({ table, ids: (await db.table(table).toCollection().primaryKeys()).map(String) })));
      let known: ReadonlySet<string>;
      if (audited) {
        const candidates = byTable.flatMap(({ ids }) => ids.filter((id) => !audited.has(id)));
        known = new Set(candidates.length > 0 ? (await db.audit.where('entityId').anyOf(candidates).uniqueKeys()).map(String) : []);
      } else {
        known = new Set((await db.audit.orderBy('entityId').uniqueKeys()).map(String));
      }
      const found: UnauditedRecords[] = [];
      for (const { table, ids } of byTable) {
        const missing = ids.filter((id) => !audited?.has(id) && !known.has(id));
        if (missing.length > 0) found.push({ entity: entityOfTable[table], count: missing.length, ids: missing.slice(0, 5) });
      }
      return found;
    }),
  );
}
