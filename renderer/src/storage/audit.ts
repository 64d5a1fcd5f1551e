/**
 * The audit trail in storage: entries are only ever added, each chained to the one before,
 * in the same transaction as the change they record.
 */
import Dexie from 'dexie';
import type { AuditAction, AuditChange, AuditEntity, AuditEntry, AuditHead, StoredAuditEntry } from '../domain/audit';
import { nextStoredEntry } from '../domain/audit-chain';
import type { AuditCheckpoint } from '../domain/audit-checkpoint';
import { lastAuditCheckpoint, runAuditCheck, type AuditCheck, type AuditCheckOptions, type AuditCheckReport } from './audit-verification';
import type { RoundtableDb, SettingRecord } from './db';
import { guarded, LocalUserMissingError } from './errors';
import { readSetting, settingOf, settingRow } from './repositories/settings';

export {
  AuditCheckCancelledError,
  type AuditCheck,
  type AuditCheckMode,
  type AuditCheckProgress,
  type AuditCheckReport,
  type FullCheckReason,
  type UnauditedRecords,
} from './audit-verification';

export interface AuditInput {
  action: AuditAction;
  /** The kind of record the entry is about: always said, never assumed. */
  entity: AuditEntity;
  entityId: string;
  /** The record it belongs to (a timeline entry's case), so that record's history shows it. */
  parentId?: string | null;
  changes: AuditChange[];
}

const auditTables = ['audit', 'settings'] as const;

/**
 * Appends one entry to the audit trail and moves the head (settings 'auditHead') to it.
 *
 * MUST be called inside the caller's `db.transaction('rw', …)` that includes `db.audit` and
 * `db.settings` (besides the tables it changes), so the change and its entry are committed
 * together or not at all; otherwise it throws. Await nothing but Dexie calls in that
 * transaction (no fetch, no crypto.subtle, no timers). Throws LocalUserMissingError when no
 * valid local user is set, which aborts the caller's transaction.
 *
 * It reads and writes through the caller's transaction object, so its entry can never end
 * up in a separate transaction of its own.
 *
 * Repositories do not call it themselves: the record store (record-store.ts) does, for
 * every write.
 */
export async function appendAudit(db: RoundtableDb, input: AuditInput, now: Date): Promise<AuditEntry> {
  const transaction = Dexie.currentTransaction;
  if (!transaction || transaction.db !== db || transaction.mode !== 'readwrite' || !auditTables.every((table) => transaction.storeNames.includes(table))) {
    throw new Error("appendAudit must run inside db.transaction('rw', …) over db.audit and db.settings.");
  }
  if (!input.entityId) throw new Error('appendAudit needs the id of the record it is about.');
  const audit = transaction.table<StoredAuditEntry, string>('audit') as Dexie.Table<StoredAuditEntry, string>;
  const settings = transaction.table<SettingRecord, string>('settings');
  const actor = settingOf(db, 'localUser', await settings.get('localUser'));
  if (!actor) throw new LocalUserMissingError();
  const stored = nextStoredEntry(
    await chainEnd(audit, settings),
    {
      id: crypto.randomUUID(),
      at: now.toISOString(),
      actor,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId,
      parentId: input.parentId ?? null,
      changes: input.changes,
    },
    db.auditDigest,
    db.codec.sealAudit,
  );
  await audit.add(stored);
  await settings.put(settingRow(db, 'auditHead', { seq: stored.seq, hash: stored.hash }));
  return db.codec.openAudit(stored);
}

/**
 * Where the chain goes on: the stored head is authoritative, so entries cut off the end leave
 * a gap the check reports, instead of their numbers being given out again. Only when the log
 * holds entries the head does not know of (or there is no head) does it go on from the last
 * entry, since a number can never be used twice.
 */
async function chainEnd(audit: Dexie.Table<StoredAuditEntry, string>, settings: Dexie.Table<SettingRecord, string>): Promise<AuditHead | undefined> {
  const head = readSetting('auditHead', (await settings.get('auditHead'))?.value);
  const last = await audit.orderBy('seq').last();
  if (head && (!last || head.seq >= last.seq)) return head;
  return last ? { seq: last.seq, hash: last.hash } : undefined;
}

export function createAuditRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  return {
    /** One record's entries and those of what was recorded with it (a case's timeline), oldest first. */
    listFor(entityId: string): Promise<AuditEntry[]> {
      return guarded(async () => {
        const [own, children] = await Promise.all([
          db.audit.where('entityId').equals(entityId).toArray(),
          db.audit.where('parentId').equals(entityId).toArray(),
        ]);
        const byId = new Map([...own, ...children].map((entry) => [entry.id, entry]));
        return [...byId.values()].sort((a, b) => a.seq - b.seq).map((entry) => db.codec.openAudit(entry));
      });
    },
    /** The whole trail, oldest first. */
    listAll(): Promise<AuditEntry[]> {
      return guarded(async () => (await db.audit.orderBy('seq').toArray()).map((entry) => db.codec.openAudit(entry)));
    },
    /**
     * The full check, on this thread: every entry and the head, and that every record has an
     * entry (audit-verification.ts). Moves the checkpoint when all is intact.
     */
    async verify(): Promise<AuditCheck> {
      const { chain, unaudited } = await runAuditCheck(db, db.auditDigest, { mode: 'full', now: clock });
      return { chain, unaudited };
    },
    /**
     * The check on this thread, by default from the checkpoint on. The UI runs the same code
     * in a Web Worker (audit-check-client.ts); this is for tests, since Node has no Worker.
     */
    check(options: AuditCheckOptions = {}): Promise<AuditCheckReport> {
      return runAuditCheck(db, db.auditDigest, { now: clock, ...options });
    },
    /** What the last intact checks recorded (when, the last full check), if anything valid. */
    async lastCheck(): Promise<Pick<AuditCheckpoint, 'at' | 'seq' | 'fullCheck'> | undefined> {
      const checkpoint = await lastAuditCheckpoint(db, db.auditDigest);
      return checkpoint && { at: checkpoint.at, seq: checkpoint.seq, fullCheck: checkpoint.fullCheck };
    },
    /**
     * The deletions on record, from the erasure records' plaintext bookkeeping alone (nothing
     * decrypted): how many records, how many of them cases, and when the last was. The check
     * shows them beside its verdict: their audit entries lost their values and still verify.
     */
    erasureSummary(): Promise<{ records: number; cases: number; last: string | null }> {
      return guarded(async () => {
        const erasures = db.table('erasures');
        const [records, cases, last] = await Promise.all([
          erasures.count(),
          erasures.where('table').equals('referrals').count(),
          erasures.orderBy('createdAt').last() as Promise<{ createdAt: string } | undefined>,
        ]);
        return { records, cases, last: last?.createdAt ?? null };
      });
    },
    /** Records that everything held about a case was exported for its subject (the format, and the language). */
    recordSubjectAccess(entityId: string, format: string, language: string, now: Date = clock()): Promise<AuditEntry> {
      return guarded(() =>
        db.transaction('rw', db.audit, db.settings, async () =>
          appendAudit(
            db,
            { action: 'export', entity: 'referral', entityId, changes: [{ field: 'subjectAccess', old: null, new: `${format} (${language})` }] },
            now,
          ),
        ),
      );
    },
    /** Records that a case was opened. Throws LocalUserMissingError when no local user is set. */
    recordView(entityId: string, now: Date = clock()): Promise<AuditEntry> {
      return guarded(() =>
        db.transaction('rw', db.audit, db.settings, async () => appendAudit(db, { action: 'view', entity: 'referral', entityId, changes: [] }, now)),
      );
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
