/**
 * The audit trail in storage: entries are only ever added, each chained to the one before,
 * in the same transaction as the change they record.
 */
import Dexie from 'dexie';
import type { AuditAction, AuditChange, AuditEntity, AuditEntry } from '../domain/audit';
import { nextEntry, verifyChain, type ChainVerdict } from '../domain/audit-chain';
import type { RoundtableDb, SettingRecord } from './db';
import { guarded } from './errors';
import { checkSetting, createSettingsRepository, readSetting } from './repositories/settings';

/** No one has said in Settings who works at this computer, so no entry can name them. */
export class LocalUserMissingError extends Error {
  constructor() {
    super('No local user is set: choose who works here in Settings before working with cases.');
    this.name = 'LocalUserMissingError';
  }
}

export interface AuditInput {
  action: AuditAction;
  /** What the entry is about; a case unless said otherwise. */
  entity?: AuditEntity;
  entityId: string;
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
 * @example
 * await db.transaction('rw', db.referrals, db.audit, db.settings, async () => {
 *   await db.referrals.put(next);
 *   await appendAudit(db, { action: 'update', entityId: next.id, changes }, now);
 * });
 */
export async function appendAudit(db: RoundtableDb, input: AuditInput, now: Date): Promise<AuditEntry> {
  const transaction = Dexie.currentTransaction;
  if (
    !transaction ||
    transaction.db !== db ||
    transaction.mode !== 'readwrite' ||
    !auditTables.every((table) => transaction.storeNames.includes(table))
  ) {
    throw new Error("appendAudit must run inside db.transaction('rw', …) over db.audit and db.settings.");
  }
  if (!input.entityId) throw new Error('appendAudit needs the id of the record it is about.');
  const audit = transaction.table<AuditEntry, string>('audit');
  const settings = transaction.table<SettingRecord, string>('settings');
  const actor = readSetting('localUser', (await settings.get('localUser'))?.value);
  if (!actor) throw new LocalUserMissingError();
  const previous = await audit.orderBy('seq').last();
  const entry = nextEntry(previous, {
    id: crypto.randomUUID(),
    at: now.toISOString(),
    actor,
    action: input.action,
    entity: input.entity ?? 'referral',
    entityId: input.entityId,
    changes: input.changes,
  });
  await audit.add(entry);
  await settings.put({ key: 'auditHead', value: checkSetting('auditHead', { seq: entry.seq, hash: entry.hash }) });
  return entry;
}

export function createAuditRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  const settings = createSettingsRepository(db);
  return {
    /** One case's entries, oldest first. */
    listFor(entityId: string): Promise<AuditEntry[]> {
      return guarded(() => db.audit.where('entityId').equals(entityId).sortBy('seq'));
    },
    /** The whole trail, oldest first. */
    listAll(): Promise<AuditEntry[]> {
      return guarded(() => db.audit.orderBy('seq').toArray());
    },
    /** Checks every entry and the head, read together so no append slips in between. */
    async verify(): Promise<ChainVerdict> {
      const { entries, head } = await guarded(() =>
        db.transaction('r', db.audit, db.settings, async () => ({
          entries: await db.audit.toArray(),
          head: await settings.get('auditHead'),
        })),
      );
      return verifyChain(entries, head);
    },
    /** Records that a case was opened. Throws LocalUserMissingError when no local user is set. */
    recordView(entityId: string, now: Date = clock()): Promise<AuditEntry> {
      return guarded(() =>
        db.transaction('rw', db.audit, db.settings, async () => appendAudit(db, { action: 'view', entityId, changes: [] }, now)),
      );
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
