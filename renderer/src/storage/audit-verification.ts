/**
 * The audit check, streaming: the trail is read in chunks by `seq` and verified as it is read
 * (audit-trail-reader.ts), so memory does not grow with the trail and progress can be
 * reported. The same code runs in the Web Worker (audit-check.worker.ts: the window stays
 * responsive) and on the main thread (unit tests, where Node has no Worker).
 *
 * By default a check goes on from the checkpoint the last intact check left (see
 * domain/audit-checkpoint.ts for what that cannot see and how the gap is closed). Whenever
 * that finds anything wrong, or cannot go on (no checkpoint, entries removed or put in
 * behind it), the whole trail is checked instead, so a failure is always named exactly as
 * the full check names it. The checkpoint only ever moves when everything was found intact.
 */
import type { ChainVerdict, EntryDigest } from '../domain/audit-chain';
import { openCheckpoint, sealCheckpoint, sweepWindow, type AuditCheckpoint, type EntryRange } from '../domain/audit-checkpoint';
import { CheckRun, type AuditCheckMode, type AuditCheckOptions } from './audit-check-run';
import { anchorAt, verifyRange, verifyToEnd } from './audit-trail-reader';
import { unauditedRecords, type UnauditedRecords } from './audit-unaudited';
import type { RoundtableDb } from './db';
import { guarded } from './errors';
import { checkSetting, readSetting } from './repositories/settings';

export { AuditCheckCancelledError, type AuditCheckMode, type AuditCheckOptions, type AuditCheckProgress } from './audit-check-run';
export type { UnauditedRecords } from './audit-unaudited';

export interface AuditCheck {
  chain: ChainVerdict;
  unaudited: UnauditedRecords[];
}

/** Why a check asked to go on from the checkpoint checked the whole trail. */
export type FullCheckReason = 'noCheckpoint' | 'changedBehind' | 'failure';

export interface AuditCheckReport extends AuditCheck {
  /** What ran: 'full' also when an incremental check turned into a full one (`fullBecause`). */
  mode: AuditCheckMode;
  /** Entries rehashed in this run. */
  checked: number;
  fullBecause?: FullCheckReason;
  /** Incremental: the checkpoint it went on from. */
  resumedAt?: number;
  /** Incremental: the older entries re-verified this time (the rotating re-check). */
  sweep?: EntryRange;
  /** The last full check that found the trail intact (this one, when it did). */
  lastFullCheck: { at: string; seq: number } | null;
}

async function readCheckpoint(db: RoundtableDb, digest: EntryDigest): Promise<AuditCheckpoint | undefined> {
  return openCheckpoint(readSetting('auditVerified', (await db.settings.get('auditVerified'))?.value), digest);
}

/** The stored checkpoint when its digest matches: what the last intact checks recorded. */
export function lastAuditCheckpoint(db: RoundtableDb, digest: EntryDigest): Promise<AuditCheckpoint | undefined> {
  return guarded(() => readCheckpoint(db, digest));
}

/** Moves the checkpoint to what was just found intact, unless another window's check got further meanwhile. */
async function remember(run: CheckRun, checkpoint: AuditCheckpoint): Promise<void> {
  const { db, digest } = run;
  await guarded(() =>
    db.transaction('rw', db.settings, async () => {
      const current = await readCheckpoint(db, digest);
      if (current && current.seq > checkpoint.seq) return;
      await db.settings.put({ key: 'auditVerified', value: checkSetting('auditVerified', sealCheckpoint(checkpoint, digest)) });
    }),
  );
}

async function fullCheck(run: CheckRun, previous: AuditCheckpoint | undefined, fullBecause?: FullCheckReason): Promise<AuditCheckReport> {
  run.begin('full', await guarded(() => run.db.audit.count()));
  const audited = new Set<string>();
  const { chain, last } = await verifyToEnd(run, null, { audited });
  run.throwIfCancelled();
  // Intact, every entry was read, so the ids met are all there are; otherwise ask the index.
  const unaudited = await unauditedRecords(run.db, chain.ok ? audited : undefined);
  let lastFullCheck = previous?.fullCheck ?? null;
  if (chain.ok && unaudited.length === 0) {
    const at = run.now();
    lastFullCheck = { at, seq: last.seq };
    await remember(run, { ...last, at, fullCheck: lastFullCheck, sweepFrom: 1 });
  }
  return { chain, unaudited, mode: 'full', checked: run.entriesChecked, ...(fullBecause ? { fullBecause } : {}), lastFullCheck };
}

async function incrementalCheck(run: CheckRun): Promise<AuditCheckReport> {
  const { db, digest, tuning } = run;
  const start = await guarded(() =>
    db.transaction('r', db.audit, db.settings, async () => {
      const checkpoint = await readCheckpoint(db, digest);
      if (!checkpoint) return { checkpoint, behind: 0, entries: 0 };
      return {
        checkpoint,
        // An index count, nothing read: an entry removed or put in behind the checkpoint changes it.
        behind: await db.audit.where('seq').belowOrEqual(checkpoint.seq).count(),
        entries: await db.audit.count(),
      };
    }),
  );
  const checkpoint = start.checkpoint;
  if (!checkpoint) return fullCheck(run, undefined, 'noCheckpoint');
  if (start.behind !== checkpoint.seq) return fullCheck(run, checkpoint, 'changedBehind');

  // The entries just behind the checkpoint are rehashed every time, older ones in turn.
  const tailFrom = Math.max(1, checkpoint.seq - tuning.behind + 1);
  const sweep = sweepWindow(checkpoint, tailFrom - 1, tuning);
  run.begin('incremental', (sweep ? sweep.to - sweep.from + 1 : 0) + Math.max(0, start.entries - tailFrom + 1));
  // Walking the entityId index waits mostly on IndexedDB: let it run while entries are hashed.
  const unauditedPending = unauditedRecords(db);
  unauditedPending.catch(() => undefined); // awaited below, or moot when the full check takes over
  if (sweep && (await verifyRange(run, sweep))) return fullCheck(run, checkpoint, 'failure');
  const anchor = await anchorAt(run, tailFrom - 1);
  const tail = anchor ? await verifyToEnd(run, anchor, { expect: checkpoint }) : undefined;
  if (!tail?.chain.ok) return fullCheck(run, checkpoint, 'failure');
  run.throwIfCancelled();
  const unaudited = await unauditedPending;
  if (unaudited.length === 0) {
    await remember(run, { ...tail.last, at: run.now(), fullCheck: checkpoint.fullCheck, sweepFrom: sweep ? sweep.to + 1 : checkpoint.sweepFrom });
  }
  return {
    chain: tail.chain,
    unaudited,
    mode: 'incremental',
    checked: run.entriesChecked,
    resumedAt: checkpoint.seq,
    ...(sweep ? { sweep } : {}),
    lastFullCheck: checkpoint.fullCheck,
  };
}

/**
 * Checks the audit trail and that every record has an entry; see the top of this file.
 * Throws StorageError when the database fails, AuditCheckCancelledError when cancelled.
 */
export async function runAuditCheck(db: RoundtableDb, digest: EntryDigest, options: AuditCheckOptions = {}): Promise<AuditCheckReport> {
  const run = await CheckRun.start(db, digest, options);
  if ((options.mode ?? 'incremental') === 'incremental') return incrementalCheck(run);
  return fullCheck(run, await lastAuditCheckpoint(db, digest));
}
