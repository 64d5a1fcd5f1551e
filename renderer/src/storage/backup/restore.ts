/**
 * Restoring a verified backup (verify.ts): the current data is backed up first, then every
 * store is replaced in ONE readwrite transaction (cleared, then the backup's rows added as
 * they are stored), so IndexedDB keeps either all of the old data or all of the new, never a
 * mix. The session then goes on with the restored data's keys.
 *
 * The passphrase: a backup made with the keyring in use now (the same data key, perhaps an
 * older passphrase) keeps today's keyring, so restoring yesterday's backup does not bring back
 * a passphrase changed this morning. A backup made with another keyring (another computer, a
 * new start) brings its own: the restored data opens with the backup's passphrase, and the
 * preview says so.
 */
import type { Keyring } from '../../crypto/keyring';
import { noteReplaced } from '../committed-changes';
import type { RoundtableDb, SettingRecord } from '../db';
import { guarded } from '../errors';
import type { Vault } from '../vault';
import { sessionOpens } from './backup-keys';
import type { VerifiedBackup } from './verify';

const CHUNK = 1000;

export interface RestoreDeps {
  db: RoundtableDb;
  vault: Pick<Vault, 'session' | 'adoptRestored'>;
  /**
   * Backs up the current data and records it (kind 'pre-restore'); throws, and the restore
   * does not begin, when that backup could not be made or kept.
   */
  protectCurrentData: () => Promise<void>;
}

/** Whether the restore keeps the keyring in use now (true) or brings the backup's. */
export function restoreKeepsKeyring(vault: Pick<Vault, 'session'>, verified: VerifiedBackup): boolean {
  return sessionOpens(vault.session(), verified.header.keyring);
}

/** The settings rows to store: the backup's, with the keyring chosen above and this computer's record of its last backup. */
function settingsRows(rows: unknown[], keyring: Keyring, lastBackup: SettingRecord | undefined): SettingRecord[] {
  const kept = (rows as SettingRecord[]).filter((row) => row.key !== 'keyring' && row.key !== 'lastBackup');
  return [...kept, { key: 'keyring', value: keyring }, ...(lastBackup ? [lastBackup] : [])];
}

export async function restoreBackup(verified: VerifiedBackup, deps: RestoreDeps): Promise<void> {
  const { db, vault } = deps;
  const session = vault.session();
  const keepsKeyring = sessionOpens(session, verified.header.keyring);
  const dataKey = verified.keys.dataKey;
  if (!keepsKeyring && !dataKey) throw new Error('a backup of another keyring needs its data key: open it with its passphrase or recovery key');
  const keyring = keepsKeyring ? session.keyring : verified.header.keyring;

  await deps.protectCurrentData();

  const { snapshot } = verified;
  const stores = db.tables.map((table) => table.name);
  await guarded(() =>
    db.transaction('rw', stores, async (tx) => {
      const lastBackup = await tx.table<SettingRecord, string>('settings').get('lastBackup');
      for (const store of stores) {
        const table = tx.table(store);
        await table.clear();
        const rows = store === 'settings' ? settingsRows(snapshot.tables.get(store) ?? [], keyring, lastBackup) : (snapshot.tables.get(store) ?? []);
        for (let index = 0; index < rows.length; index += CHUNK) await table.bulkAdd(rows.slice(index, index + CHUNK));
      }
    }),
  );
  if (!keepsKeyring) vault.adoptRestored(keyring, dataKey!.slice());
  verified.keys.forget();
  // What was read from the old data (the search index) is read again.
  noteReplaced(db);
}
