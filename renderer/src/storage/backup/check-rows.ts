/**
 * Checking every row of a backup before anything is restored: each record decrypts with the
 * backup's keys and is a record the app could have stored (its schema, nothing personal in
 * plaintext beside the sealed part), each setting is one this version knows with a valid
 * value, each audit entry opens, and the chain verifies with the backup's key against its
 * head. The first problem found is reported as a BackupError naming the table and the row
 * (by id, never by content) or the audit entry.
 */
import { z } from 'zod';
import type { Keyring } from '../../crypto/keyring';
import type { SessionKeys } from '../../crypto/session-keys';
import { auditActions, auditEntities, type AuditHead, type StoredAuditEntry } from '../../domain/audit';
import { ChainVerifier, hmacDigest } from '../../domain/audit-chain';
import { createEntryHasher } from '../audit-hashing';
import { isSettingKey, readSetting } from '../repositories/settings';
import { createSealedCodec, plaintextFieldsOf, plaintextSettings } from '../sealed-codec';
import { recordSpecs, recordTables, type RecordTable } from '../tables';
import { BackupError } from './backup-error';
import { storesAt, uniqueFieldsOf } from './schema-stores';
import type { Snapshot } from './snapshot';

export interface RecordCount {
  live: number;
  removed: number;
}

export interface CheckedContent {
  records: Record<RecordTable, RecordCount>;
  /** The audit chain's length. */
  auditEntries: number;
}

export interface CheckContext {
  keys: Pick<SessionKeys, 'records' | 'audit'>;
  /** The keyring the backup's header carries: the stored one must be the same. */
  keyring: Keyring;
  today: () => string;
  onProgress?: (done: number, total: number) => void;
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
/** What every stored entry keeps readable: its place in the chain and what it is about. */
const entryShape = {
  id: z.string().min(1).max(200),
  seq: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  action: z.enum(auditActions),
  entity: z.enum(auditEntities),
  entityId: z.string().min(1),
  parentId: z.string().nullable(),
  prevHash: hex64,
  hash: hex64,
};
const sealedAuditEntrySchema = z.strictObject({ ...entryShape, sealed: z.string() });
/** The erasable format (domain/audit-format.ts): each part sealed, or erased with its digest and the day it went. */
const erasedPartsSchema = z.strictObject({ values: z.iso.datetime({ offset: true }).optional(), actor: z.iso.datetime({ offset: true }).optional() });
const erasableAuditEntrySchema = z
  .strictObject({
    ...entryShape,
    format: z.literal(2),
    sealedActor: z.string().optional(),
    sealedChanges: z.string().optional(),
    actorDigest: hex64.optional(),
    changesDigest: hex64.optional(),
    erased: erasedPartsSchema.optional(),
  })
  // Each part is either there or erased (its digest and the day stored), never both or neither.
  .refine((entry) => (entry.sealedActor === undefined) === (entry.actorDigest !== undefined && entry.erased?.actor !== undefined), { path: ['sealedActor'] })
  .refine((entry) => (entry.sealedChanges === undefined) === (entry.changesDigest !== undefined && entry.erased?.values !== undefined), {
    path: ['sealedChanges'],
  });
const auditSecretSchema = z.object({
  actorName: z.string(),
  actorOrganisation: z.string(),
  changes: z.array(z.strictObject({ field: z.string(), old: z.unknown(), new: z.unknown() })),
});

const YIELD_EVERY = 2000;

/** The record schemas for one day (building them costs more than checking a small backup). */
let specsOfDay: { day: string; specs: ReturnType<typeof recordSpecs> } | undefined;
function specsFor(today: () => string): ReturnType<typeof recordSpecs> {
  const day = today();
  if (specsOfDay?.day !== day) specsOfDay = { day, specs: recordSpecs(() => day) };
  return specsOfDay.specs;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** How a row is named in a message: its id when it looks like one, else its position. */
export function rowLabel(row: unknown, index: number, keyField = 'id'): string {
  const id = isPlainObject(row) ? row[keyField] : undefined;
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : `#${index + 1}`;
}

/** A field name from the file, shown only when it looks like one (a crafted file's "field" could be any text). */
export function fieldLabel(field: string): string | undefined {
  return /^[A-Za-z][A-Za-z0-9_.]{0,63}$/.test(field) ? field : undefined;
}

function firstPath(error: z.ZodError): string | undefined {
  const path = error.issues[0]?.path;
  return path && path.length > 0 ? fieldLabel(path.map(String).join('.')) : undefined;
}

/** Fails on a second row with the same value of a unique field (IndexedDB would refuse the restore). */
function uniqueness(table: string, version: number) {
  const fields = uniqueFieldsOf(table, version).map((field) => ({ field, seen: new Set<unknown>() }));
  return (row: Record<string, unknown>, label: string) => {
    for (const { field, seen } of fields) {
      const value = row[field];
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      if (seen.has(value)) throw new BackupError('invalid', { table, row: label, field: fieldLabel(field), reason: 'duplicate' });
      seen.add(value);
    }
  };
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Checks a sealed snapshot at `version` (the latest, once migrated). */
export async function checkSealedSnapshot(snapshot: Snapshot, version: number, context: CheckContext): Promise<CheckedContent> {
  const expected = storesAt(version);
  if (snapshot.stores.join() !== expected.join()) throw new BackupError('invalid', { reason: 'stores' });
  const codec = createSealedCodec(context.keys.records);
  const specs = specsFor(context.today);
  const total = [...snapshot.tables.values()].reduce((sum, rows) => sum + rows.length, 0);
  let done = 0;
  const step = async () => {
    done += 1;
    if (done % YIELD_EVERY === 0) {
      context.onProgress?.(done, total);
      // Outside any transaction: let the window breathe while a large backup is checked.
      await pause();
    }
  };

  const records = {} as Record<RecordTable, RecordCount>;
  for (const table of recordTables) {
    const plain = plaintextFieldsOf(table);
    const schema = specs[table].schema;
    const unique = uniqueness(table, version);
    const count: RecordCount = { live: 0, removed: 0 };
    for (const [index, row] of (snapshot.tables.get(table) ?? []).entries()) {
      const label = rowLabel(row, index);
      if (!isPlainObject(row) || typeof row['sealed'] !== 'string') throw new BackupError('invalid', { table, row: label, reason: 'shape' });
      const exposed = Object.keys(row).find((field) => field !== 'sealed' && !plain.has(field));
      if (exposed !== undefined) throw new BackupError('invalid', { table, row: label, field: fieldLabel(exposed), reason: 'plaintext' });
      let decoded: unknown;
      try {
        decoded = codec.decode(table, row);
      } catch (error) {
        throw new BackupError('invalid', { table, row: label, reason: 'decrypt' }, { cause: error });
      }
      const parsed = schema.safeParse(decoded);
      if (!parsed.success) throw new BackupError('invalid', { table, row: label, field: firstPath(parsed.error), reason: 'schema' }, { cause: parsed.error });
      unique(row, label);
      if (parsed.data.deletedAt === null) count.live += 1;
      else count.removed += 1;
      await step();
    }
    records[table] = count;
  }

  const head = checkSettings(snapshot.tables.get('settings') ?? [], codec, context.keyring);
  const entries = checkAuditEntries(snapshot.tables.get('audit') ?? [], codec, version);
  done += entries.length + (snapshot.tables.get('settings')?.length ?? 0);
  context.onProgress?.(done, total);
  const auditEntries = await verifySealedChain(entries, head, context.keys.audit);
  return { records, auditEntries };
}

function checkSettings(rows: unknown[], codec: ReturnType<typeof createSealedCodec>, keyring: Keyring): AuditHead | undefined {
  const table = 'settings';
  const unique = uniqueness(table, Number.MAX_SAFE_INTEGER);
  let head: AuditHead | undefined;
  let keyringFound = false;
  for (const [index, row] of rows.entries()) {
    const label = rowLabel(row, index, 'key');
    if (!isPlainObject(row) || Object.keys(row).sort().join() !== 'key,value' || typeof row['key'] !== 'string') {
      throw new BackupError('invalid', { table, row: label, reason: 'shape' });
    }
    const key = row['key'];
    if (!isSettingKey(key)) throw new BackupError('invalid', { table, row: label, reason: 'unknown-setting' });
    const value = row['value'];
    if (!plaintextSettings.has(key) && (!isPlainObject(value) || Object.keys(value).join() !== 'sealed')) {
      throw new BackupError('invalid', { table, row: label, reason: 'plaintext' });
    }
    let decoded: unknown;
    try {
      decoded = codec.decodeSetting(key, value);
    } catch (error) {
      throw new BackupError('invalid', { table, row: label, reason: 'decrypt' }, { cause: error });
    }
    const setting = readSetting(key, decoded);
    if (setting === undefined) throw new BackupError('invalid', { table, row: label, reason: 'schema' });
    unique(row, label);
    if (key === 'auditHead') head = setting as AuditHead;
    if (key === 'keyring') {
      const stored = setting as Keyring;
      if (stored.id !== keyring.id || stored.keyCheck !== keyring.keyCheck) throw new BackupError('invalid', { table, row: label, reason: 'keyring' });
      keyringFound = true;
    }
  }
  if (!keyringFound) throw new BackupError('invalid', { table, row: 'keyring', reason: 'missing' });
  return head;
}

function checkAuditEntries(rows: unknown[], codec: ReturnType<typeof createSealedCodec>, version: number): StoredAuditEntry[] {
  const table = 'audit';
  const unique = uniqueness(table, version);
  const entries: StoredAuditEntry[] = [];
  for (const [index, row] of rows.entries()) {
    const label = rowLabel(row, index);
    const parsed = (isPlainObject(row) && 'format' in row ? erasableAuditEntrySchema : sealedAuditEntrySchema).safeParse(row);
    if (!parsed.success) throw new BackupError('invalid', { table, row: label, field: firstPath(parsed.error), reason: 'schema' }, { cause: parsed.error });
    let opened: unknown;
    try {
      opened = codec.openAudit(parsed.data as StoredAuditEntry);
    } catch (error) {
      throw new BackupError('invalid', { table, row: label, reason: 'decrypt' }, { cause: error });
    }
    const secret = auditSecretSchema.safeParse(opened);
    if (!secret.success) throw new BackupError('invalid', { table, row: label, field: firstPath(secret.error), reason: 'schema' });
    unique(row as Record<string, unknown>, label);
    entries.push(parsed.data as StoredAuditEntry);
  }
  return entries;
}

/** The chain in order of `seq`, keyed with the backup's audit key (WebCrypto hashes it in chunks). */
export async function verifySealedChain(entries: StoredAuditEntry[], head: AuditHead | undefined, auditKey: Uint8Array): Promise<number> {
  const digest = hmacDigest(auditKey);
  const hasher = await createEntryHasher(digest);
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  const verifier = new ChainVerifier(digest);
  for (let index = 0; index < sorted.length; index += YIELD_EVERY) {
    const chunk = sorted.slice(index, index + YIELD_EVERY);
    if (verifier.add(chunk, await hasher.hashAll(chunk))) break;
  }
  const verdict = verifier.finish(head);
  if (!verdict.ok) throw new BackupError('chainBroken', 'seq' in verdict ? { seq: verdict.seq, reason: verdict.reason } : { reason: verdict.reason });
  return verdict.count;
}
