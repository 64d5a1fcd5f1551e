/**
 * The audit trail's pure parts: a deterministic encoding, each entry's hash, building the
 * next entry, verifying a whole chain and listing what changed. No storage, no clock.
 *
 * SHA-256 comes from @noble/hashes because it is synchronous: storage appends inside the
 * same IndexedDB transaction as the change, and awaiting crypto.subtle there would let the
 * transaction commit before the entry is written.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditAction, AuditChange, AuditEntity, AuditEntry, AuditHead, LocalUser, SealedAuditEntry, StoredAuditEntry } from './audit';
import { ERASABLE_FORMAT, erasableEntryBytes, isErasableFormat } from './audit-format';
import { canonicalJson } from './canonical-json';

export { canonicalJson };

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * What turns an entry's canonical bytes into its 32-byte hash. Plain SHA-256 today; once the
 * data is encrypted, an HMAC keyed with a key derived from the data key, so that nobody
 * without the passphrase can rewrite the chain and its head together.
 */
export type EntryDigest = (message: Uint8Array) => Uint8Array;

export const sha256Digest: EntryDigest = (message) => sha256(message);

/**
 * What a digest is, as data: a function cannot cross to a Web Worker (the audit check runs in
 * one), this can (structured clone copies the key). Only digests made here have one.
 */
export type DigestSpec = { algorithm: 'sha256' } | { algorithm: 'hmac-sha256'; key: Uint8Array };

const digestSpecs = new WeakMap<EntryDigest, DigestSpec>([[sha256Digest, { algorithm: 'sha256' }]]);

/** HMAC-SHA-256 with `key` (32 bytes or more): the keyed chain. */
export function hmacDigest(key: Uint8Array): EntryDigest {
  if (key.length < 32) throw new RangeError('an audit chain key needs at least 32 bytes');
  const digest: EntryDigest = (message) => hmac(sha256, key, message);
  digestSpecs.set(digest, { algorithm: 'hmac-sha256', key });
  return digest;
}

/** The description of a digest made by sha256Digest or hmacDigest; undefined for any other. */
export function describeDigest(digest: EntryDigest): DigestSpec | undefined {
  return digestSpecs.get(digest);
}

/** The description of a digest made by sha256Digest or hmacDigest, to send to a worker. */
export function digestSpecOf(digest: EntryDigest): DigestSpec {
  const spec = describeDigest(digest);
  if (!spec) throw new TypeError('this audit digest was not made by sha256Digest or hmacDigest, so it cannot be described');
  return spec;
}

/** The digest a description stands for (in the worker). */
export function digestFromSpec(spec: DigestSpec): EntryDigest {
  return spec.algorithm === 'sha256' ? sha256Digest : hmacDigest(spec.key);
}

/**
 * The hex digest over the entry's content and its link to the previous entry. `parentId` is
 * covered when present; entries written before it existed have none and hash as they did.
 */
export function hashEntry(entry: Omit<StoredAuditEntry, 'hash'>, digest: EntryDigest = sha256Digest): string {
  return bytesToHex(digest(entryBytes(entry)));
}

function isSealed(entry: Omit<StoredAuditEntry, 'hash'>): entry is Omit<SealedAuditEntry, 'hash'> {
  return typeof (entry as { sealed?: unknown }).sealed === 'string';
}

/**
 * What an entry's hash is computed over: its content and link as stored, canonically encoded
 * (UTF-8). A sealed entry is hashed with its sealed part (the ciphertext), so the check needs
 * no decryption and the keyed chain covers exactly what is on the disk.
 */
export function entryBytes(entry: Omit<StoredAuditEntry, 'hash'>): Uint8Array {
  // Entries written since deletion exists commit to their values instead (audit-format.ts).
  if (isErasableFormat(entry)) return erasableEntryBytes(entry);
  if (isSealed(entry)) {
    // Every stored field but the hash itself: a field added beside the sealed part breaks it too.
    const { hash: _hash, ...stored } = entry as SealedAuditEntry;
    return utf8ToBytes(canonicalJson(stored));
  }
  const { seq, at, actorName, actorOrganisation, action, entity, entityId, parentId, changes, prevHash, id } = entry as Omit<AuditEntry, 'hash'>;
  const content = { seq, at, actorName, actorOrganisation, action, entity, entityId, parentId, changes, prevHash, id };
  return utf8ToBytes(canonicalJson(content));
}

export interface NextEntryInput {
  id: string;
  at: string;
  actor: LocalUser;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  parentId: string | null;
  changes: AuditChange[];
}

/**
 * The entry that follows `previous` (the stored head, or the first entry when there is
 * none). Changes are stored in their JSON form (a Date becomes its ISO text, undefined
 * values are dropped), so what is stored is exactly what was hashed.
 */
export function nextEntry(previous: AuditHead | undefined, input: NextEntryInput, digest: EntryDigest = sha256Digest): AuditEntry {
  const unhashed = unhashedEntry(previous, input);
  return { ...unhashed, hash: hashEntry(unhashed, digest) };
}

/**
 * Like nextEntry, for the stored form: `seal` turns the plain entry into what is stored (the
 * encryption codec seals who and what changed), and the hash covers that stored form.
 */
export function nextStoredEntry(
  previous: AuditHead | undefined,
  input: NextEntryInput,
  digest: EntryDigest,
  seal: (entry: Omit<AuditEntry, 'hash'>) => Omit<StoredAuditEntry, 'hash'>,
): StoredAuditEntry {
  // Every entry the app writes is erasable (audit-format.ts); nextEntry keeps the first format
  // for the schema updates that were released writing it.
  const stored = seal({ ...unhashedEntry(previous, input), format: ERASABLE_FORMAT });
  return { ...stored, hash: hashEntry(stored, digest) } as StoredAuditEntry;
}

function unhashedEntry(previous: AuditHead | undefined, input: NextEntryInput): Omit<AuditEntry, 'hash'> {
  return {
    id: input.id,
    seq: previous ? previous.seq + 1 : 1,
    at: input.at,
    actorName: input.actor.name,
    actorOrganisation: input.actor.organisation,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    parentId: input.parentId,
    changes: JSON.parse(canonicalJson(input.changes)) as AuditChange[],
    prevHash: previous && previous.seq > 0 ? previous.hash : GENESIS_HASH,
  };
}

/**
 * `erased`: an entry whose values or names are gone (their commitments still verify) although
 * no deletion of its record is on record: stripped from outside Roundtable.
 */
export type AuditBreak = 'hash' | 'link' | 'gap' | 'head' | 'erased';
export type ChainFailure =
  | { ok: false; seq: number; reason: AuditBreak }
  /** `count` entries carry no usable number (none, or not a number): they stand outside the chain. */
  | { ok: false; reason: 'stray'; count: number };
export type ChainVerdict = { ok: true; count: number } | ChainFailure;

/** Whether an entry takes part in the numbered chain; one without a number was put in from elsewhere. */
export function isChained(entry: Pick<AuditEntry, 'seq'>): boolean {
  return typeof entry.seq === 'number' && !Number.isNaN(entry.seq);
}

/**
 * Verifies a chain entry by entry, fed in order of `seq` in as many parts as the caller reads
 * (the audit check reads the trail in chunks, in a worker). It starts after `anchor` (the
 * genesis for a whole trail; an entry's number and stored hash to go on from there) and keeps
 * only the last entry, so the memory it needs does not grow with the trail. The first break
 * it finds is final: later entries are not looked at.
 */
export class ChainVerifier {
  private previous: AuditHead;
  private failure: ChainFailure | undefined;
  private verified = 0;

  constructor(
    private readonly digest: EntryDigest = sha256Digest,
    anchor: AuditHead = { seq: 0, hash: GENESIS_HASH },
  ) {
    this.previous = anchor;
  }

  /** Entries verified so far (content and link), not counting the anchor. */
  get count(): number {
    return this.verified;
  }

  /** The last entry verified (or the anchor). */
  get last(): AuditHead {
    return this.previous;
  }

  /**
   * Feeds the next entries (in order of `seq`, chained ones only); returns the first break
   * once found. `hashes`, when given, are the entries' hashes computed elsewhere with the
   * same digest (WebCrypto, off this thread), in the same order.
   */
  add(entries: readonly StoredAuditEntry[], hashes?: readonly string[]): ChainFailure | undefined {
    if (this.failure) return this.failure;
    for (const [index, entry] of entries.entries()) {
      const expected = this.previous.seq + 1;
      if (entry.seq > expected) return (this.failure = { ok: false, seq: entry.seq, reason: 'gap' });
      if ((hashes ? hashes[index] : hashEntry(entry, this.digest)) !== entry.hash) return (this.failure = { ok: false, seq: entry.seq, reason: 'hash' });
      if (entry.seq < expected || entry.prevHash !== this.previous.hash) return (this.failure = { ok: false, seq: entry.seq, reason: 'link' });
      this.previous = { seq: entry.seq, hash: entry.hash };
      this.verified += 1;
    }
    return undefined;
  }

  /**
   * The verdict once every entry up to the end was fed: the chain's end must be the stored
   * head. `count` on success is the chain's length (the anchor's number plus those verified).
   */
  finish(head: AuditHead | undefined): ChainVerdict {
    if (this.failure) return this.failure;
    const last = this.previous;
    if (last.seq === 0) return !head || head.seq === 0 ? { ok: true, count: 0 } : { ok: false, seq: 1, reason: 'head' };
    if (!head) return { ok: false, seq: last.seq, reason: 'head' };
    if (head.seq > last.seq) return { ok: false, seq: last.seq + 1, reason: 'head' };
    if (head.seq < last.seq) return { ok: false, seq: head.seq + 1, reason: 'head' };
    if (head.hash !== last.hash) return { ok: false, seq: last.seq, reason: 'head' };
    return { ok: true, count: last.seq };
  }
}

/**
 * Checks the whole log (entries in any order) against the stored head and reports the first
 * break:
 * - `gap`: a number is missing before this entry (the first entry must be 1);
 * - `hash`: the entry's content no longer matches its hash (changed after writing);
 * - `link`: its prevHash is not the previous entry's hash (an entry before it was replaced
 *   and rehashed, or this one was put in from elsewhere; also a repeated number);
 * - `head`: the log's end does not match the head. `seq` is then the first missing entry
 *   when entries were cut off the end, the first entry the head does not know of when
 *   there are more, or the last entry when the head is missing or its hash differs;
 * - `stray`: entries without a number (not part of the chain at all) were put in.
 * An empty log with no head (or a head at 0) is intact.
 */
export function verifyChain(entries: StoredAuditEntry[], head: AuditHead | undefined, digest: EntryDigest = sha256Digest): ChainVerdict {
  const chained = entries.filter(isChained).sort((a, b) => a.seq - b.seq);
  const verifier = new ChainVerifier(digest);
  verifier.add(chained);
  const verdict = verifier.finish(head);
  if (!verdict.ok) return verdict;
  const strays = entries.length - chained.length;
  return strays > 0 ? { ok: false, reason: 'stray', count: strays } : { ok: true, count: chained.length };
}

/**
 * What changed, old → new, for each listed field (arrays and objects compared by content).
 * For a create (`before` null) every listed field, old null. Missing values count as null.
 */
export function diffChanges(before: object | null, after: object, fields: readonly string[]): AuditChange[] {
  const read = (record: object, field: string): unknown => (record as Record<string, unknown>)[field] ?? null;
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const next = read(after, field);
    if (before === null) {
      changes.push({ field, old: null, new: next });
      continue;
    }
    const old = read(before, field);
    if (canonicalJson(old) !== canonicalJson(next)) changes.push({ field, old, new: next });
  }
  return changes;
}
