/**
 * A backup of an older schema is brought up to date by the app's own migrations, the same
 * code that updates a database in place: its (sealed) rows are loaded into a temporary
 * database at the backup's version, Dexie upgrades it to this version, and the result is read
 * back as a snapshot. The temporary database is always deleted again; one left behind by a
 * crash is deleted by the next restore.
 */
import Dexie from 'dexie';
import type { EntryDigest } from '../../domain/audit-chain';
import type { RecordCodec } from '../codec';
import { classifyStorageError } from '../errors';
import { declareMigrations, latestVersion } from '../migrations';
import { BackupError } from './backup-error';
import { storesAt } from './schema-stores';
import { collectSnapshot, type Snapshot } from './snapshot';

const TEMPORARY_PREFIX = 'roundtable-restore-';
const CHUNK = 1000;

/** Deletes temporary databases a crash left behind. */
export async function sweepTemporaryDatabases(): Promise<void> {
  const databases = (await indexedDB.databases?.().catch(() => [])) ?? [];
  for (const { name } of databases) if (name?.startsWith(TEMPORARY_PREFIX)) await Dexie.delete(name).catch(() => undefined);
}

/** Dexie's and IndexedDB's own errors, as opposed to ours. */
function isDatabaseError(error: unknown): boolean {
  return error instanceof Dexie.DexieError || error instanceof DOMException;
}

/**
 * `codec` opens the backup's rows, for a migration that re-encodes them (008 moves newly
 * indexed fields to plaintext); `auditDigest` is the backup's audit key, for one that rewrites
 * the audit trail (011 upgrades it to the erasable format and chains it anew).
 */
export async function migrateSnapshot(snapshot: Snapshot, codec?: RecordCodec, auditDigest?: EntryDigest): Promise<Snapshot> {
  if (snapshot.stores.join() !== storesAt(snapshot.schemaVersion).join()) throw new BackupError('invalid', { reason: 'stores' });
  await sweepTemporaryDatabases();
  const name = `${TEMPORARY_PREFIX}${crypto.randomUUID()}`;
  try {
    const old = new Dexie(name);
    declareMigrations(old, snapshot.schemaVersion);
    await old.open();
    try {
      await old.transaction('rw', snapshot.stores, async (tx) => {
        for (const store of snapshot.stores) {
          const rows = snapshot.tables.get(store) ?? [];
          for (let index = 0; index < rows.length; index += CHUNK) await tx.table(store).bulkAdd(rows.slice(index, index + CHUNK));
        }
      });
    } catch (error) {
      // Rows IndexedDB refuses (a key twice, a key that is no key) are the file's fault; a full disk is not.
      const problem = classifyStorageError(error);
      if (problem !== 'unknown') throw new BackupError('storage', { reason: problem }, { cause: error });
      throw new BackupError('invalid', { reason: 'rows' }, { cause: error });
    } finally {
      old.close();
    }
    const current = Object.assign(new Dexie(name), codec ? { codec } : {}, auditDigest ? { auditDigest } : {});
    declareMigrations(current, latestVersion);
    try {
      await current.open();
      return await collectSnapshot(current);
    } catch (error) {
      throw new BackupError('migration', {}, { cause: error });
    } finally {
      current.close();
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(isDatabaseError(error) ? 'storage' : 'migration', {}, { cause: error });
  } finally {
    await Dexie.delete(name).catch(() => undefined);
  }
}
