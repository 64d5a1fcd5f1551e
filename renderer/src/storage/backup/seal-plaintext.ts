/**
 * A backup of a database from before encryption (the one made just before the conversion)
 * holds plaintext rows. Restoring it must not put them on the disk as they are: they are
 * sealed in memory first, exactly as the conversion (storage/conversion.ts) seals a database
 * in place, and the audit chain is re-keyed after its plaintext chain was verified.
 */
import type { Keyring } from '../../crypto/keyring';
import type { SessionKeys } from '../../crypto/session-keys';
import type { AuditEntry, AuditHead, StoredAuditEntry } from '../../domain/audit';
import { hashEntry, hmacDigest, sha256Digest, verifyChain } from '../../domain/audit-chain';
import { readSetting } from '../repositories/settings';
import { createSealedCodec } from '../sealed-codec';
import { recordTables, type RecordTable } from '../tables';
import { BackupError } from './backup-error';
import { isPlainObject, rowLabel } from './check-rows';
import type { Snapshot } from './snapshot';

/** Settings that belong to the old chain or the old (absent) keyring: made anew. */
const replacedSettings = new Set(['auditHead', 'auditVerified', 'keyring', 'encryption']);

function plainRows(snapshot: Snapshot, table: string): Record<string, unknown>[] {
  const rows = snapshot.tables.get(table) ?? [];
  for (const [index, row] of rows.entries()) {
    if (!isPlainObject(row) || 'sealed' in row) throw new BackupError('invalid', { table, row: rowLabel(row, index), reason: 'shape' });
  }
  return rows as Record<string, unknown>[];
}

export function sealPlaintextSnapshot(snapshot: Snapshot, keys: Pick<SessionKeys, 'records' | 'audit'>, keyring: Keyring, now: Date): Snapshot {
  const codec = createSealedCodec(keys.records);
  const tables = new Map<string, unknown[]>();
  for (const table of snapshot.stores) {
    if (!(recordTables as readonly string[]).includes(table)) continue;
    tables.set(
      table,
      plainRows(snapshot, table).map((row, index) => {
        try {
          return codec.encode(table as RecordTable, row as never);
        } catch (error) {
          throw new BackupError('invalid', { table, row: rowLabel(row, index), reason: 'shape' }, { cause: error });
        }
      }),
    );
  }

  const settings = plainRows(snapshot, 'settings');
  const head = readSetting('auditHead', settings.find((row) => row['key'] === 'auditHead')?.['value']);
  const entries = plainRows(snapshot, 'audit') as unknown as AuditEntry[];
  // The plaintext chain (SHA-256) must be intact before it is re-keyed, or re-keying would hide a break.
  const verdict = verifyChainSafely(entries, head);
  if (!verdict.ok) throw new BackupError('chainBroken', 'seq' in verdict ? { seq: verdict.seq, reason: verdict.reason } : { reason: verdict.reason });

  const digest = hmacDigest(keys.audit);
  let previous: AuditHead | undefined;
  const rechained = [...entries]
    .sort((a, b) => a.seq - b.seq)
    .map((entry, index) => {
      const { hash: _oldHash, ...content } = entry;
      try {
        const sealed = codec.sealAudit({ ...content, prevHash: previous ? previous.hash : content.prevHash });
        const stored = { ...sealed, hash: hashEntry(sealed, digest) } as StoredAuditEntry;
        previous = { seq: stored.seq, hash: stored.hash };
        return stored;
      } catch (error) {
        throw new BackupError('invalid', { table: 'audit', row: rowLabel(entry, index), reason: 'shape' }, { cause: error });
      }
    });
  tables.set('audit', rechained);

  const sealedSettings: unknown[] = [];
  for (const [index, row] of settings.entries()) {
    const key = row['key'];
    if (typeof key !== 'string') throw new BackupError('invalid', { table: 'settings', row: rowLabel(row, index, 'key'), reason: 'shape' });
    if (replacedSettings.has(key)) continue;
    sealedSettings.push({ key, value: codec.encodeSetting(key, row['value']) });
  }
  sealedSettings.push({ key: 'keyring', value: keyring });
  sealedSettings.push({ key: 'encryption', value: { since: now.toISOString(), converted: true, chainBefore: 'intact' } });
  if (previous) sealedSettings.push({ key: 'auditHead', value: previous });
  tables.set('settings', sealedSettings);

  const stores = [...snapshot.stores];
  for (const store of stores) if (!tables.has(store)) tables.set(store, snapshot.tables.get(store) ?? []);
  return { schemaVersion: snapshot.schemaVersion, encrypted: true, stores, tables };
}

/** verifyChain on entries from a file: anything odd about them is a broken chain, never an exception. */
function verifyChainSafely(entries: AuditEntry[], head: AuditHead | undefined): ReturnType<typeof verifyChain> {
  try {
    return verifyChain(entries, head, sha256Digest);
  } catch {
    return { ok: false, seq: 0, reason: 'hash' };
  }
}
