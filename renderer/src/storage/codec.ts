/**
 * What records, settings and audit entries pass through on their way to and from the disk:
 * the encryption seam of the one write path. Synchronous on purpose: it runs inside IndexedDB
 * transactions. It must leave bookkeeping and indexed fields readable (ids, foreign keys,
 * dates, status codes, deletedAt, revision): indexes and tombstone filtering work on them.
 *
 * Three codecs: plain (a database from before encryption, and most unit tests), sealed
 * (sealed-codec.ts, once unlocked) and locked (after locking: every read and write refuses).
 */
import type { AuditEntry, StoredAuditEntry } from '../domain/audit';
import { openPlainEntry } from '../domain/audit-format';
import type { RecordMeta } from '../domain/record';
import { StorageError } from './errors';
import { withIndexKeys, withoutIndexKeys } from './index-keys';
import type { RecordTable } from './tables';

export interface RecordCodec {
  /** Whether values are sealed (encrypted at rest). */
  readonly sealed: boolean;
  encode<T extends RecordMeta>(table: RecordTable, record: T): unknown;
  /** Throws StorageError('tampered') when the stored form does not decrypt. */
  decode<T extends RecordMeta>(table: RecordTable, stored: unknown): T;
  /** A setting's stored value. */
  encodeSetting(key: string, value: unknown): unknown;
  decodeSetting(key: string, stored: unknown): unknown;
  /** An audit entry's stored form (before hashing: the chain hashes what is stored). */
  sealAudit(entry: Omit<AuditEntry, 'hash'>): Omit<StoredAuditEntry, 'hash'>;
  openAudit(stored: StoredAuditEntry): AuditEntry;
}

/** Stores records as they are, with their index keys (index-keys.ts). */
export const plainCodec: RecordCodec = {
  sealed: false,
  encode: (table, record) => withIndexKeys(table, record),
  decode: <T extends RecordMeta>(table: RecordTable, stored: unknown) =>
    (stored !== null && typeof stored === 'object' ? withoutIndexKeys(table, stored) : stored) as T,
  encodeSetting: (_key, value) => value,
  decodeSetting: (_key, stored) => stored,
  sealAudit: (entry) => entry,
  openAudit: (stored) => openPlainEntry(stored),
};

function locked(): never {
  throw new StorageError('locked', new Error('the app is locked: no keys in memory'));
}

/** After locking: nothing is read or written until the next unlock installs a sealed codec. */
export const lockedCodec: RecordCodec = {
  sealed: true,
  encode: locked,
  decode: locked,
  encodeSetting: locked,
  decodeSetting: locked,
  sealAudit: locked,
  openAudit: locked,
};
