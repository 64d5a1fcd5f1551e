/**
 * Reading the audit trail in chunks by `seq` and verifying as it is read. Each chunk is read
 * in a transaction of its own, so a long check never holds up a save; the next chunk is
 * already being read while one is hashed. The chunk that reaches the end is read in one
 * transaction with the stored head and the number of entries, so an entry appended meanwhile
 * is either read or not yet counted.
 */
import type { AuditHead, StoredAuditEntry } from '../domain/audit';
import { ChainVerifier, GENESIS_HASH, isChained, type ChainFailure, type ChainVerdict } from '../domain/audit-chain';
import type { EntryRange } from '../domain/audit-checkpoint';
import { hasErasedPart } from '../domain/audit-format';
import type { CheckRun } from './audit-check-run';
import { guarded } from './errors';
import { readSetting } from './repositories/settings';

/** The end of the trail, read in the same transaction as the last chunk. */
interface TrailEnd {
  head: AuditHead | undefined;
  /** All entries in the table, numbered or not. */
  entries: number;
  /** Entries numbered at or below the anchor (not read by this pass). */
  atOrBelowAnchor: number;
}

interface Chunk {
  entries: StoredAuditEntry[];
  end: TrailEnd | undefined;
}

function readChunk(run: CheckRun, after: StoredAuditEntry['seq'] | undefined, anchor: AuditHead | null): Promise<Chunk> {
  const { db, chunkSize } = run;
  return guarded(() =>
    db.transaction('r', db.audit, db.settings, async () => {
      const query = after === undefined ? db.audit.orderBy('seq') : db.audit.where('seq').above(after);
      const entries = await query.limit(chunkSize).toArray();
      if (entries.length === chunkSize) return { entries, end: undefined };
      const end: TrailEnd = {
        head: readSetting('auditHead', (await db.settings.get('auditHead'))?.value),
        entries: await db.audit.count(),
        atOrBelowAnchor: anchor ? await db.audit.where('seq').belowOrEqual(anchor.seq).count() : 0,
      };
      return { entries, end };
    }),
  );
}

export interface TrailVerdict {
  chain: ChainVerdict;
  /** The last entry verified (the head, when intact). */
  last: AuditHead;
}

/**
 * Verifies every entry after `anchor` (from the very first, numbered 0 or less included, when
 * there is none) up to the end of the trail and the stored head. `expect` is an entry that
 * must be passed with exactly this hash (the checkpoint). `audited` collects the ids of the
 * records the entries read are about.
 */
export async function verifyToEnd(run: CheckRun, anchor: AuditHead | null, options: { expect?: AuditHead; audited?: Set<string> } = {}): Promise<TrailVerdict> {
  const { expect, audited } = options;
  const verifier = new ChainVerifier(run.digest, anchor ?? undefined);
  let chainedRead = 0;
  let passedExpected = !expect || expect.seq === 0;
  let next = readChunk(run, anchor?.seq, anchor);
  for (;;) {
    const part = await next;
    run.throwIfCancelled();
    // Read on while this chunk is hashed.
    if (!part.end) next = readChunk(run, part.entries.at(-1)!.seq, anchor);
    if (audited) for (const entry of part.entries) audited.add(String(entry.entityId));
    // Entries numbered with something other than a number sort after all numbers: not chained.
    const chained = part.entries.filter(isChained);
    chainedRead += chained.length;
    const failure =
      verifier.add(chained, await run.hasher.hashAll(chained)) ?? (expect ? mismatchAt(chained, expect) : undefined) ?? (await firstUnvouched(run, chained));
    if (expect && chained.some((entry) => entry.seq === expect.seq)) passedExpected = true;
    run.advance(chained.length);
    if (failure) {
      // Let the read under way finish before giving up, so no transaction is left behind.
      if (!part.end) await next.catch(() => undefined);
      return { chain: failure, last: verifier.last };
    }
    if (part.end) {
      const strays = part.end.entries - part.end.atOrBelowAnchor - chainedRead;
      const verdict = verifier.finish(part.end.head);
      if (verdict.ok && !passedExpected) return { chain: { ok: false, seq: expect!.seq, reason: 'gap' }, last: verifier.last };
      if (verdict.ok && strays > 0) return { chain: { ok: false, reason: 'stray', count: strays }, last: verifier.last };
      return { chain: verdict, last: verifier.last };
    }
  }
}

/**
 * The first entry whose content was erased without a deletion on record. Erasing keeps an
 * entry's hash (its commitments stand in), so the hash alone cannot tell an erasure Roundtable
 * made from one made with the files: every entry without its values must be about a record
 * whose erasure record exists (itself audited, by an entry only the key can make).
 */
async function firstUnvouched(run: CheckRun, entries: readonly StoredAuditEntry[]): Promise<ChainFailure | undefined> {
  const erased = entries.filter(hasErasedPart);
  if (erased.length === 0) return undefined;
  const ids = [...new Set(erased.map((entry) => entry.entityId))];
  const found = await guarded(() => run.db.table('erasures').bulkGet(ids));
  const vouched = new Set(ids.filter((_, index) => found[index] !== undefined));
  const first = erased.find((entry) => !vouched.has(entry.entityId));
  return first ? { ok: false, seq: first.seq, reason: 'erased' } : undefined;
}

function mismatchAt(entries: StoredAuditEntry[], expect: AuditHead): ChainFailure | undefined {
  const entry = entries.find((candidate) => candidate.seq === expect.seq);
  return entry && entry.hash !== expect.hash ? { ok: false, seq: entry.seq, reason: 'link' } : undefined;
}

/** The stored number and hash of entry `seq` (genesis for 0), to go on from; undefined when it is gone. */
export async function anchorAt(run: CheckRun, seq: number): Promise<AuditHead | undefined> {
  if (seq === 0) return { seq: 0, hash: GENESIS_HASH };
  const entry = await guarded(() => run.db.audit.where('seq').equals(seq).first());
  return entry && { seq: entry.seq, hash: entry.hash };
}

/** Re-verifies the older entries `range` (behind the checkpoint): all there, each intact and linked. */
export async function verifyRange(run: CheckRun, range: EntryRange): Promise<ChainFailure | undefined> {
  const anchor = await anchorAt(run, range.from - 1);
  if (!anchor) return { ok: false, seq: range.from - 1, reason: 'gap' };
  const verifier = new ChainVerifier(run.digest, anchor);
  for (let after = anchor.seq; after < range.to;) {
    run.throwIfCancelled();
    const from = after;
    const entries = await guarded(() => run.db.audit.where('seq').between(from, range.to, false, true).limit(run.chunkSize).toArray());
    const failure = verifier.add(entries, await run.hasher.hashAll(entries)) ?? (await firstUnvouched(run, entries));
    run.advance(entries.length);
    if (failure) return failure;
    if (entries.length === 0) break;
    after = entries.at(-1)!.seq;
  }
  return verifier.last.seq === range.to ? undefined : { ok: false, seq: verifier.last.seq + 1, reason: 'gap' };
}
