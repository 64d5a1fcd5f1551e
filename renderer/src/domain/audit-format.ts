/**
 * The audit trail's second entry format: erasable entries (issue 14, deletion).
 *
 * An entry of the first format is hashed over everything it stores, the sealed values
 * included, so nothing in it can ever be removed without breaking the chain. That kept the
 * trail honest, but it also kept every value of a deleted case for as long as the trail
 * exists. In the second format the hash covers a *commitment* to each of the two parts that
 * hold personal data (who made the change, and what changed: old → new), namely the SHA-256 of
 * the part as stored (its ciphertext once sealed), instead of the part itself:
 *
 *   hash = digest(canonical({ stored: every stored field but the parts,
 *                             commitments: { actor: sha256(actor part), changes: sha256(changes part) } }))
 *
 * Deleting the record removes a part and stores its digest in its place; the bytes hashed
 * stay the same, so the entry and the chain still verify, through the stored commitment and
 * not the erased text. A changed part still breaks its entry (its digest no longer matches),
 * and a part removed without the right digest does too. Only the markers saying when a part
 * was erased (`erased`) stand outside the hash: they describe the erasure, which has its own
 * audit entry.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditEntry, ErasableAuditEntry, ErasedParts, StoredAuditEntry } from './audit';
import { canonicalJson } from './canonical-json';

export const ERASABLE_FORMAT = 2;

type Unhashed = Omit<StoredAuditEntry, 'hash'>;
type Loose = Record<string, unknown>;

/** Whether an entry (stored or opened) is of the erasable format. */
export function isErasableFormat(entry: Unhashed | StoredAuditEntry): boolean {
  return (entry as Loose)['format'] === ERASABLE_FORMAT;
}

function digestHex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * Where each part of an entry is: the fields that hold it (excluded from the hashed content,
 * which takes its commitment instead) and the text committed to. A part is held in one way
 * only: sealed, plain, or erased (its digest). Any other field, including a second copy of a
 * part beside the one in use, stays in the hashed content, so adding it breaks the entry.
 */
function partOf(entry: Loose, part: 'actor' | 'changes'): { fields: string[]; text?: string; digest?: unknown } {
  const sealed = part === 'actor' ? 'sealedActor' : 'sealedChanges';
  const digestField = part === 'actor' ? 'actorDigest' : 'changesDigest';
  if (typeof entry[sealed] === 'string') return { fields: [sealed], text: entry[sealed] };
  if (part === 'actor' && typeof entry['actorName'] === 'string') {
    return {
      fields: ['actorName', 'actorOrganisation'],
      text: canonicalJson({ actorName: entry['actorName'], actorOrganisation: entry['actorOrganisation'] ?? '' }),
    };
  }
  if (part === 'changes' && Array.isArray(entry['changes'])) return { fields: ['changes'], text: canonicalJson(entry['changes']) };
  return { fields: [digestField], digest: entry[digestField] };
}

/** The commitment to a part: its digest while it is there, the stored digest once erased (or null when neither is). */
function commitment(held: ReturnType<typeof partOf>): string | null {
  if (held.text !== undefined) return digestHex(held.text);
  return typeof held.digest === 'string' ? held.digest : null;
}

/**
 * What an erasable entry's hash is computed over: every stored field except the hash, the
 * erasure markers and the fields holding the two parts, plus the two commitments.
 */
export function erasableEntryBytes(entry: Unhashed | StoredAuditEntry): Uint8Array {
  const loose = entry as Loose;
  const actor = partOf(loose, 'actor');
  const changes = partOf(loose, 'changes');
  const excluded = new Set(['hash', 'erased', ...actor.fields, ...changes.fields]);
  const stored: Loose = {};
  for (const [field, value] of Object.entries(loose)) if (!excluded.has(field)) stored[field] = value;
  // Apart from the stored fields, so no stored field can stand in for a commitment.
  return utf8ToBytes(canonicalJson({ stored, commitments: { actor: commitment(actor), changes: commitment(changes) } }));
}

/** Whether a part of this entry was erased (its digest stands where the part was). */
export function hasErasedPart(entry: Unhashed | StoredAuditEntry): boolean {
  if (!isErasableFormat(entry)) return false;
  const loose = entry as Loose;
  return partOf(loose, 'actor').text === undefined || partOf(loose, 'changes').text === undefined;
}

export class NotErasableError extends Error {
  constructor(readonly seq: number) {
    super(`audit entry ${seq} is of the first format: its values cannot be erased without breaking the chain`);
    this.name = 'NotErasableError';
  }
}

function requireErasable(stored: StoredAuditEntry): Loose {
  if (!isErasableFormat(stored)) throw new NotErasableError(stored.seq);
  return { ...(stored as unknown as Loose) };
}

function marked(erased: unknown, part: keyof ErasedParts, at: string): ErasedParts {
  const before = (erased && typeof erased === 'object' ? erased : {}) as ErasedParts;
  return before[part] ? before : { ...before, [part]: at };
}

/** The entry with what changed (old → new) erased, its commitment kept: it verifies as before. */
export function eraseEntryValues(stored: StoredAuditEntry, at: string): StoredAuditEntry {
  const entry = requireErasable(stored);
  const digest = commitment(partOf(entry, 'changes'));
  delete entry['sealedChanges'];
  delete entry['changes'];
  if (digest !== null) entry['changesDigest'] = digest;
  entry['erased'] = marked(entry['erased'], 'values', at);
  return entry as unknown as StoredAuditEntry;
}

/** The entry with who made the change erased, its commitment kept: it verifies as before. */
export function eraseEntryActor(stored: StoredAuditEntry, at: string): StoredAuditEntry {
  const entry = requireErasable(stored);
  const digest = commitment(partOf(entry, 'actor'));
  delete entry['sealedActor'];
  delete entry['actorName'];
  delete entry['actorOrganisation'];
  if (digest !== null) entry['actorDigest'] = digest;
  entry['erased'] = marked(entry['erased'], 'actor', at);
  return entry as unknown as StoredAuditEntry;
}

/**
 * A plain (unsealed) erasable entry as the app reads it: an erased part reads as empty (no
 * names, no changes), with `erased` saying since when.
 */
export function openPlainEntry(stored: StoredAuditEntry): AuditEntry {
  if (!isErasableFormat(stored)) return stored as AuditEntry;
  const { actorDigest: _actorDigest, changesDigest: _changesDigest, ...entry } = stored as AuditEntry;
  return { ...entry, actorName: entry.actorName ?? '', actorOrganisation: entry.actorOrganisation ?? '', changes: entry.changes ?? [] };
}

export type { ErasableAuditEntry };
