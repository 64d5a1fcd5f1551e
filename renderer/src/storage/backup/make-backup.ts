/**
 * Making a backup file from an open database: its snapshot compressed as it is read (one read
 * transaction), then encrypted with the session's backup key outside the transaction.
 */
import type Dexie from 'dexie';
import type { UnlockedSession } from '../vault';
import { sealBackupFile, type BackupHeader, type BackupKind } from './backup-file';
import { BodyWriter } from './body';
import { readSnapshot } from './snapshot';

export interface MakeBackupInput {
  /** The app's database, or a connection at an older version before a migration. */
  source: Dexie;
  /**
   * The keys to encrypt with. For a database from before encryption, the new keyring's (the
   * backup before the conversion): the file is encrypted all the same.
   */
  session: UnlockedSession;
  kind: BackupKind;
  appVersion: string;
  now: Date;
}

export interface MadeBackup {
  bytes: Uint8Array<ArrayBuffer>;
  header: BackupHeader;
}

export async function makeBackupFile({ source, session, kind, appVersion, now }: MakeBackupInput): Promise<MadeBackup> {
  const writer = new BodyWriter();
  const info = await readSnapshot(source, writer);
  const header: BackupHeader = {
    app: appVersion,
    schemaVersion: info.schemaVersion,
    createdAt: now.toISOString(),
    kind,
    encrypted: info.encrypted,
    keyring: session.keyring,
  };
  return { bytes: await sealBackupFile(header, writer.finish(), session.keys.backup), header };
}
