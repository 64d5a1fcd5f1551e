/**
 * A snapshot: every object store's rows exactly as stored (sealed, when the data is
 * encrypted), read in ONE read transaction, so a backup never mixes a record from before a
 * save with its audit entry from after it. It works on any open Dexie connection: the app's
 * database, or one opened in dynamic mode at an older schema before a migration.
 *
 * Rows are handed on a chunk at a time, synchronously, so a backup can compress them as they
 * are read without ever holding the whole database in memory. The sink must not await
 * anything: the read transaction lives only as long as IndexedDB requests keep it busy.
 */
import type Dexie from 'dexie';
import type { IndexableType, Table } from 'dexie';

export const SNAPSHOT_CHUNK = 1000;

export interface SnapshotInfo {
  /** The schema version of the database read (Dexie's version number). */
  schemaVersion: number;
  /** Whether the data is encrypted: a keyring is stored. A database from before encryption is not. */
  encrypted: boolean;
  /** The object stores, in the order they are read. */
  stores: string[];
}

export interface Snapshot extends SnapshotInfo {
  tables: Map<string, unknown[]>;
}

export interface SnapshotSink {
  /** Called once, before any rows. */
  begin(info: SnapshotInfo): void;
  /** The next rows of `store`, in primary-key order. Synchronous: see the top of this file. */
  rows(store: string, rows: unknown[]): void;
}

/** The primary key of `row` in `table` (inbound keys only: every Roundtable store has one). */
function keyOf(table: Table, row: unknown): IndexableType {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new Error(`store ${table.name} has no simple primary key`);
  return (row as Record<string, IndexableType>)[keyPath]!;
}

/** Reads every store of `dexie` (open) into `sink`, in one read transaction. */
export async function readSnapshot(dexie: Dexie, sink: SnapshotSink): Promise<SnapshotInfo> {
  const stores = dexie.tables.map((table) => table.name).sort();
  return dexie.transaction('r', stores, async (tx) => {
    const keyring = stores.includes('settings') ? await tx.table('settings').get('keyring') : undefined;
    const info: SnapshotInfo = { schemaVersion: dexie.verno, encrypted: keyring !== undefined, stores };
    sink.begin(info);
    for (const store of stores) {
      const table = tx.table(store);
      let after: IndexableType | undefined;
      for (;;) {
        const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(SNAPSHOT_CHUNK).toArray();
        if (rows.length === 0) break;
        sink.rows(store, rows);
        if (rows.length < SNAPSHOT_CHUNK) break;
        after = keyOf(table, rows[rows.length - 1]);
      }
    }
    return info;
  });
}

/** The whole snapshot in memory (restoring through a temporary database, tests). */
export async function collectSnapshot(dexie: Dexie): Promise<Snapshot> {
  const tables = new Map<string, unknown[]>();
  const info = await readSnapshot(dexie, {
    begin: (found) => {
      for (const store of found.stores) tables.set(store, []);
    },
    rows: (store, rows) => {
      tables.get(store)!.push(...rows);
    },
  });
  return { ...info, tables };
}
