/**
 * Reading a backup file: every step from the bytes to rows ready to restore, each failure a
 * BackupError with a problem the UI translates, and nothing else ever thrown (a file from
 * outside is untrusted input).
 *
 * Order: what the file is and who made it (before asking for a secret, so a file from a
 * newer version is refused at once), the keys, the body (decrypt, decompress, checksum), a
 * backup from before encryption sealed in memory, an older schema migrated in a temporary
 * database, then every row checked at this version. What comes out is exactly what a restore
 * writes.
 */
import type { RecordTable } from '../tables';
import { latestVersion } from '../migrations';
import { localToday } from '../../domain/date-time';
import { BackupError } from './backup-error';
import { isNewerVersion, openBackupBody, parseContainer, type BackupHeader, type BackupKind } from './backup-file';
import { openBackupKeys, type BackupKeys, type BackupSecret } from './backup-keys';
import { readBody } from './body';
import { checkSealedSnapshot, type RecordCount } from './check-rows';
import { migrateSnapshot } from './older-schema';
import { createSealedCodec } from '../sealed-codec';
import { hmacDigest } from '../../domain/audit-chain';
import { isKnownVersion } from './schema-stores';
import { sealPlaintextSnapshot } from './seal-plaintext';
import type { Snapshot } from './snapshot';

export interface VerifyOptions {
  /** This app's version: a file made by a newer one is refused. */
  appVersion: string;
  today?: () => string;
  now?: () => Date;
  onProgress?: (progress: VerifyProgress) => void;
}

export type VerifyProgress = { stage: 'decrypting' } | { stage: 'migrating' } | { stage: 'checking'; done: number; total: number };

/** What the coordinator is shown before confirming a restore. */
export interface BackupPreview {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  kind: BackupKind;
  /** False for a backup of the data from before encryption (it is encrypted on restore). */
  encrypted: boolean;
  /** Made at an older schema and brought up to date for the restore. */
  migrated: boolean;
  records: Record<RecordTable, RecordCount>;
  auditEntries: number;
  /** The keyring the backup was made with: its passphrase is the one the restored data opens with. */
  keyringId: string;
  passphraseSetAt: string;
}

export interface VerifiedBackup {
  header: BackupHeader;
  preview: BackupPreview;
  /** Every row as it will be stored: sealed, at this version's schema. */
  snapshot: Snapshot;
  keys: BackupKeys;
}

/** Runs `work`; anything but a BackupError becomes one ('unreadable': tests make sure it never happens). */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('unreadable', {}, { cause: error });
  }
}

function checkVersions(header: BackupHeader, appVersion: string): void {
  if (isNewerVersion(header.app, appVersion)) throw new BackupError('newerApp', { version: header.app });
  if (header.schemaVersion > latestVersion) throw new BackupError('newerSchema', { version: header.app });
  if (!isKnownVersion(header.schemaVersion)) throw new BackupError('damaged', { reason: 'schema-version' });
}

/** The header of a file, checked (what it is, who made it, whether this version can read it); nothing decrypted. */
export function readBackupHeader(bytes: Uint8Array<ArrayBuffer>, appVersion: string): BackupHeader {
  try {
    const { header } = parseContainer(bytes);
    checkVersions(header, appVersion);
    return header;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('unreadable', {}, { cause: error });
  }
}

/**
 * The check of a file just made, before it is kept: it decrypts with its keys, decompresses,
 * and its checksum and row counts match. The rows themselves came from the database a moment
 * ago, so they are not checked one by one (that is for a restore: on a whole city it takes
 * the better part of a minute). BackupError when anything does not hold.
 */
export function checkBackupFile(bytes: Uint8Array<ArrayBuffer>, secret: BackupSecret, appVersion: string): Promise<BackupHeader> {
  return guard(async () => {
    const container = parseContainer(bytes);
    checkVersions(container.header, appVersion);
    const keys = await openBackupKeys(container.header.keyring, secret);
    try {
      const snapshot = readBody(await openBackupBody(container, keys.keys.backup));
      if (snapshot.schemaVersion !== container.header.schemaVersion || snapshot.encrypted !== container.header.encrypted) {
        throw new BackupError('invalid', { reason: 'manifest' });
      }
      return container.header;
    } finally {
      keys.forget();
    }
  });
}

/** Decrypts and checks a whole backup; see the top of this file. */
export function decodeBackup(bytes: Uint8Array<ArrayBuffer>, secret: BackupSecret, options: VerifyOptions): Promise<VerifiedBackup> {
  return guard(async () => {
    const container = parseContainer(bytes);
    const { header } = container;
    checkVersions(header, options.appVersion);
    options.onProgress?.({ stage: 'decrypting' });
    const keys = await openBackupKeys(header.keyring, secret);
    try {
      let snapshot = readBody(await openBackupBody(container, keys.keys.backup));
      if (snapshot.schemaVersion !== header.schemaVersion || snapshot.encrypted !== header.encrypted) {
        throw new BackupError('invalid', { reason: 'manifest' });
      }
      if (!snapshot.encrypted) snapshot = sealPlaintextSnapshot(snapshot, keys.keys, header.keyring, (options.now ?? (() => new Date()))());
      if (snapshot.schemaVersion < latestVersion) {
        options.onProgress?.({ stage: 'migrating' });
        snapshot = await migrateSnapshot(snapshot, createSealedCodec(keys.keys.records), hmacDigest(keys.keys.audit));
      }
      const content = await checkSealedSnapshot(snapshot, latestVersion, {
        keys: keys.keys,
        keyring: header.keyring,
        today: options.today ?? (() => localToday()),
        onProgress: (done, total) => options.onProgress?.({ stage: 'checking', done, total }),
      });
      const preview: BackupPreview = {
        createdAt: header.createdAt,
        appVersion: header.app,
        schemaVersion: header.schemaVersion,
        kind: header.kind,
        encrypted: header.encrypted,
        migrated: header.schemaVersion < latestVersion,
        records: content.records,
        auditEntries: content.auditEntries,
        keyringId: header.keyring.id,
        passphraseSetAt: header.keyring.passphraseSetAt,
      };
      return { header, preview, snapshot, keys };
    } catch (error) {
      keys.forget();
      throw error;
    }
  });
}
