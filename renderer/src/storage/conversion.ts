/**
 * Converting a database from before encryption: every record, setting and audit entry is
 * rewritten sealed, and the audit chain is re-keyed (HMAC over the sealed entries), in ONE
 * IndexedDB transaction together with the keyring. IndexedDB makes that all or nothing: a
 * crash, a closed window or a full disk midway rolls everything back, and the next start
 * finds the plaintext database as it was and offers the conversion again. There is never a
 * mix of sealed and plaintext rows.
 *
 * Re-keying the chain rehashes every entry, which would hide earlier tampering; so the old
 * chain is verified first and its verdict is kept (setting `encryption.chainBefore`) and shown
 * with the integrity check.
 */
import type Dexie from 'dexie';
import type { AuditEntry, AuditHead, StoredAuditEntry } from '../domain/audit';
import { hashEntry, isChained, type ChainVerdict, type EntryDigest } from '../domain/audit-chain';
import type { Keyring } from '../crypto/keyring';
import type { RecordCodec } from './codec';
import type { RoundtableDb, SettingRecord } from './db';
import { guarded } from './errors';
import { recordTables, type RecordTable } from './tables';
import { runAuditCheck } from './audit-verification';

const CHUNK = 1000;

export interface ConversionProgress {
  done: number;
  total: number;
}

export interface ConversionTarget {
  codec: RecordCodec;
  digest: EntryDigest;
  keyring: Keyring;
  now: Date;
  onProgress?: (progress: ConversionProgress) => void;
}

function verdictText(verdict: ChainVerdict): 'intact' | { seq: number | null; reason: string } {
  if (verdict.ok) return 'intact';
  return { seq: 'seq' in verdict ? verdict.seq : null, reason: verdict.reason };
}

/** Rows of `table` in primary-key order, a chunk at a time, inside the current transaction. */
async function forEachChunk(table: Dexie.Table<unknown, string>, work: (rows: unknown[]) => Promise<void>): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(CHUNK).toArray();
    if (rows.length === 0) return;
    await work(rows);
    after = (rows[rows.length - 1] as { id: string }).id;
  }
}

/** Rewrites the plaintext database `db` sealed; returns what the audit check said of it before. */
export async function convertToSealed(db: RoundtableDb, target: ConversionTarget): Promise<ChainVerdict> {
  const before = await runAuditCheck(db, db.auditDigest, { mode: 'full', now: () => target.now });
  const { codec, digest } = target;
  const tables = [...recordTables, 'audit', 'settings'] as const;
  await guarded(() =>
    db.transaction('rw', tables, async (tx) => {
      const counts = await Promise.all(tables.map((name) => tx.table(name).count()));
      const progress: ConversionProgress = { done: 0, total: counts.reduce((sum, count) => sum + count, 0) };
      const advance = (count: number) => {
        progress.done += count;
        target.onProgress?.({ ...progress });
      };
      for (const name of recordTables) {
        const table = tx.table<unknown, string>(name);
        await forEachChunk(table, async (rows) => {
          if (rows.some((row) => typeof (row as { sealed?: unknown }).sealed === 'string')) throw new Error(`${name} already holds sealed rows`);
          await table.bulkPut(rows.map((row) => codec.encode(name as RecordTable, row as never)));
          advance(rows.length);
        });
      }
      const head = await rechainAudit(tx.table<StoredAuditEntry, string>('audit'), codec, digest, advance);
      const settings = tx.table<SettingRecord, string>('settings');
      const stored = await settings.toArray();
      await settings.bulkPut(
        stored
          .filter((row) => row.key !== 'auditHead' && row.key !== 'auditVerified')
          .map((row) => ({ key: row.key, value: codec.encodeSetting(row.key, row.value) })),
      );
      // The old checkpoint was sealed with the old digest; the next check starts from scratch.
      await settings.delete('auditVerified');
      if (head) await settings.put({ key: 'auditHead', value: head });
      else await settings.delete('auditHead');
      await settings.put({ key: 'keyring', value: target.keyring });
      await settings.put({ key: 'encryption', value: { since: target.now.toISOString(), converted: true, chainBefore: verdictText(before.chain) } });
      advance(stored.length);
    }),
  );
  return before.chain;
}

/**
 * Seals every entry and links it to the one before under the new digest, in order of `seq`.
 * Entries without a number (put in from elsewhere) cannot be placed in a chain: they are kept
 * as they are, so the check goes on reporting them.
 */
async function rechainAudit(
  audit: Dexie.Table<StoredAuditEntry, string>,
  codec: RecordCodec,
  digest: EntryDigest,
  advance: (count: number) => void,
): Promise<AuditHead | undefined> {
  let previous: AuditHead | undefined;
  let after = -Infinity;
  for (;;) {
    const entries = (await audit.where('seq').above(after).limit(CHUNK).toArray()) as AuditEntry[];
    if (entries.length === 0) break;
    const rewritten = entries.filter(isChained).map((entry) => {
      const { hash: _oldHash, ...content } = entry;
      const sealed = codec.sealAudit({ ...content, prevHash: previous ? previous.hash : content.prevHash });
      const stored = { ...sealed, hash: hashEntry(sealed, digest) } as StoredAuditEntry;
      previous = { seq: stored.seq, hash: stored.hash };
      return stored;
    });
    await audit.bulkPut(rewritten);
    advance(entries.length);
    after = entries[entries.length - 1]!.seq;
  }
  return previous;
}
