/**
 * Opening the database safely. Dexie 4 will open a database written by a newer app
 * version and quietly add the stores it misses; for records this sensitive we refuse
 * instead, so an older installation never changes data it does not understand.
 */
import type { RoundtableDb } from './db';
import { guarded, StorageError } from './errors';
import { latestVersion } from './migrations';

/** Dexie stores schema version n as IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

export async function storedSchemaVersion(name: string): Promise<number | undefined> {
  // indexedDB.databases() reads versions without opening (and so without creating) anything.
  const databases = await indexedDB.databases?.();
  const native = databases?.find((database) => database.name === name)?.version;
  return native === undefined ? undefined : Math.floor(native / DEXIE_VERSION_FACTOR);
}

export async function openDatabase(db: RoundtableDb): Promise<void> {
  // Private windows and locked-down browsers may have no IndexedDB at all.
  if (typeof indexedDB === 'undefined' || !indexedDB) {
    throw new StorageError('unavailable', new Error('IndexedDB is not available'));
  }
  const stored = await guarded(() => storedSchemaVersion(db.name));
  if (stored !== undefined && stored > latestVersion) {
    throw new StorageError('newerVersion', new Error(`database schema ${stored} is newer than ${latestVersion}`));
  }
  await guarded(() => db.open());
}
