/**
 * The audit check's checkpoint: how far the trail was last found intact, so the next check
 * goes on from there instead of rehashing 300,000 entries. Pure: sealing, opening and
 * choosing which older entries a check re-verifies. Storage reads and writes it
 * (storage/audit-verification.ts, setting 'auditVerified').
 *
 * What a check that goes on from the checkpoint sees, and what it cannot:
 * - it rehashes and links every entry after the checkpoint, the last `behind` entries before
 *   it and the checkpoint's own entry (which must still have the hash it had), and compares
 *   the end with the stored head: any edit, rehash, removal, insertion, cut or moved head
 *   there is found;
 * - it counts the entries numbered up to the checkpoint (an index count, nothing read): an
 *   entry removed or put in anywhere behind it changes the count and is found;
 * - it cannot see a change further behind that keeps that count: an entry's content edited
 *   in place, with or without its hash recomputed (a recomputed hash breaks the link to the
 *   next entry, but that entry is not read either), or an entry swapped for another under
 *   the same number. Only reading those entries finds that: the full check, and the rotating
 *   re-check, which re-verifies a further share of the older entries at every check, so that
 *   every entry is read again within `sweepRuns` checks.
 * Rewriting everything from a change to the end, head and checkpoint included, defeats every
 * check while the chain is plain SHA-256; once it is keyed (HMAC), nobody without the key can.
 */
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditHead } from './audit';
import { canonicalJson, type EntryDigest } from './audit-chain';

export interface AuditCheckpoint extends AuditHead {
  /** When the check that reached this entry ran. */
  at: string;
  /** The last full check that found the trail intact: when, and up to which entry. */
  fullCheck: { at: string; seq: number } | null;
  /** Where the rotating re-check of older entries goes on. */
  sweepFrom: number;
}

export interface SealedCheckpoint extends AuditCheckpoint {
  /**
   * The chain's digest over the rest. Worth little with plain SHA-256, but once the chain is
   * keyed (HMAC) nobody without the key can move the checkpoint forward to skip entries, or
   * invent a full check that never ran.
   */
  mac: string;
}

function macOf({ seq, hash, at, fullCheck, sweepFrom }: AuditCheckpoint, digest: EntryDigest): string {
  // A prefix of its own, so a checkpoint's digest can never pass for an entry's.
  return bytesToHex(digest(utf8ToBytes(`roundtable-audit-checkpoint:${canonicalJson({ seq, hash, at, fullCheck, sweepFrom })}`)));
}

export function sealCheckpoint(checkpoint: AuditCheckpoint, digest: EntryDigest): SealedCheckpoint {
  const { seq, hash, at, fullCheck, sweepFrom } = checkpoint;
  return { seq, hash, at, fullCheck, sweepFrom, mac: macOf(checkpoint, digest) };
}

/** The checkpoint, when it is there and its digest matches; otherwise a check starts from the beginning. */
export function openCheckpoint(stored: SealedCheckpoint | undefined, digest: EntryDigest): AuditCheckpoint | undefined {
  if (!stored || macOf(stored, digest) !== stored.mac) return undefined;
  const { seq, hash, at, fullCheck, sweepFrom } = stored;
  return { seq, hash, at, fullCheck, sweepFrom };
}

export interface IncrementalTuning {
  /** Entries just behind the checkpoint rehashed at every check (around the checkpoint). */
  behind: number;
  /** Every older entry is re-verified within this many checks... */
  sweepRuns: number;
  /** ...taking at least this many entries a check. */
  sweepMinimum: number;
}

export const defaultTuning: IncrementalTuning = { behind: 1000, sweepRuns: 10, sweepMinimum: 5000 };

export interface EntryRange {
  from: number;
  to: number;
}

/**
 * The older entries this check re-verifies: the next share after `checkpoint.sweepFrom`,
 * wrapping to 1 at `lastOlder` (the last entry not rehashed anyway); null when there are none.
 */
export function sweepWindow(checkpoint: Pick<AuditCheckpoint, 'seq' | 'sweepFrom'>, lastOlder: number, tuning: IncrementalTuning): EntryRange | null {
  if (lastOlder < 1) return null;
  const size = Math.max(tuning.sweepMinimum, Math.ceil(checkpoint.seq / tuning.sweepRuns), 1);
  const from = checkpoint.sweepFrom >= 1 && checkpoint.sweepFrom <= lastOlder ? checkpoint.sweepFrom : 1;
  return { from, to: Math.min(from + size - 1, lastOlder) };
}
