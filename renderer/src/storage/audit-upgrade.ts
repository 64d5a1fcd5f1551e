/**
 * Upgrading an audit trail written before deletion existed (migration 011): every entry is
 * rewritten in the erasable format (domain/audit-format.ts) and chained anew, so that the
 * entries about a case deleted later can lose their values and still verify.
 *
 * Rewriting every hash would hide earlier tampering, so the old chain is verified first and
 * its verdict kept (setting `auditUpgrade`), shown with the integrity check, as the conversion
 * to encryption does. An entry that does not open (tampered, or sealed under another key) stops
 * the upgrade before anything is written: the trail stays as it was, the check goes on
 * reporting it, and deleting a record with such old entries is refused rather than breaking the
 * chain. Runs inside the migration's transaction, with the session's codec and digest (the
 * database opens only once unlocked), awaiting nothing but IndexedDB.
 */
import type { Transaction } from 'dexie';
import type { AuditEntry, AuditHead, StoredAuditEntry } from '../domain/audit';
import { ChainVerifier, hashEntry, isChained, sha256Digest, type ChainVerdict, type EntryDigest } from '../domain/audit-chain';
import { ERASABLE_FORMAT, isErasableFormat } from '../domain/audit-format';
import { plainCodec, type RecordCodec } from './codec';

const CHUNK = 1000;

export type UpgradeVerdict = 'intact' | { seq: number | null; reason: string };

function verdictText(verdict: ChainVerdict): UpgradeVerdict {
  if (verdict.ok) return 'intact';
  return { seq: 'seq' in verdict ? verdict.seq : null, reason: verdict.reason };
}

/** Entries in order of `seq`, a chunk at a time. */
async function forEachChunk(tx: Transaction, work: (entries: StoredAuditEntry[]) => Promise<void> | void): Promise<void> {
  let after = -Infinity;
  for (;;) {
    const entries = (await tx.table('audit').where('seq').above(after).limit(CHUNK).toArray()) as StoredAuditEntry[];
    if (entries.length === 0) return;
    await work(entries.filter(isChained));
    after = entries[entries.length - 1]!.seq;
  }
}

export async function upgradeAuditTrail(tx: Transaction, now: Date = new Date()): Promise<void> {
  const connection = tx.db as unknown as { codec?: RecordCodec; auditDigest?: EntryDigest };
  const codec = connection.codec ?? plainCodec;
  // A sealed trail is keyed: without its key, leave it rather than chain it anew under another digest.
  if (codec.sealed && !connection.auditDigest) return;
  const digest = connection.auditDigest ?? sha256Digest;
  const first = (await tx.table('audit').orderBy('seq').first()) as StoredAuditEntry | undefined;
  // Nothing written yet, or already erasable (a new database, or one converted since).
  if (!first || isErasableFormat(first)) return;
  if ('sealed' in first && !codec.sealed) return;

  const settings = tx.table('settings');
  const headRow = (await settings.get('auditHead')) as { value: unknown } | undefined;
  const head = codec.decodeSetting('auditHead', headRow?.value) as AuditHead | undefined;
  const verifier = new ChainVerifier(digest);
  let readable = true;
  let count = 0;
  await forEachChunk(tx, (entries) => {
    verifier.add(entries);
    for (const entry of entries) {
      try {
        codec.openAudit(entry);
      } catch {
        readable = false;
      }
    }
    count += entries.length;
  });
  const before = verdictText(verifier.finish(head));
  if (!readable) {
    await settings.put({
      key: 'auditUpgrade',
      value: codec.encodeSetting('auditUpgrade', { at: now.toISOString(), entries: count, chainBefore: before, upgraded: false }),
    });
    return;
  }

  let previous: AuditHead | undefined;
  await forEachChunk(tx, async (entries) => {
    const rewritten = entries.map((stored) => {
      const { hash: _oldHash, ...content } = codec.openAudit(stored) as AuditEntry;
      const sealed = codec.sealAudit({
        ...content,
        format: ERASABLE_FORMAT,
        parentId: content.parentId ?? null,
        prevHash: previous ? previous.hash : content.prevHash,
      });
      const next = { ...sealed, hash: hashEntry(sealed, digest) } as StoredAuditEntry;
      previous = { seq: next.seq, hash: next.hash };
      return next;
    });
    await tx.table('audit').bulkPut(rewritten);
  });
  if (previous) await settings.put({ key: 'auditHead', value: codec.encodeSetting('auditHead', previous) });
  // The checkpoint vouched for the old hashes; the next check starts from scratch.
  await settings.delete('auditVerified');
  await settings.put({
    key: 'auditUpgrade',
    value: codec.encodeSetting('auditUpgrade', { at: now.toISOString(), entries: count, chainBefore: before, upgraded: true }),
  });
}
