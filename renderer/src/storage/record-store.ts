/**
 * The one write path. Every repository reads and writes its table through a record store,
 * never through `db.<table>` directly:
 *
 *   write: validate (the domain's zod schema) → base revision matches? → stamp updatedAt and
 *          revision → [codec: encode] → put → audit entry, in the caller's transaction
 *          → [later: the sync outbox]
 *   read:  [codec: decode] → tombstones filtered here, once
 *
 * So no change can skip its validation, its conflict check or its audit entry, and the
 * encryption codec, the search index (committed-changes.ts) and later a sync outbox plug in
 * at one place.
 *
 * IndexedDB commits a transaction as soon as it waits on anything but IndexedDB: nothing
 * here awaits crypto.subtle, fetch or a timer inside a transaction; a codec must be
 * synchronous (or encrypt before the transaction starts).
 */
import Dexie, { type Collection, type Table } from 'dexie';
import type { z } from 'zod';
import type { AuditAction, AuditChange, AuditEntity } from '../domain/audit';
import { diffChanges } from '../domain/audit-chain';
import { newRecordMeta, type RecordMeta } from '../domain/record';
import { appendAudit } from './audit';
import { noteWrite } from './committed-changes';
import { keyQueries } from './record-keys';
import type { RoundtableDb } from './db';
import { RecordNotFoundError, StaleRevisionError } from './errors';
import { recordSpecs, type RecordTable } from './tables';

export { plainCodec, type RecordCodec } from './codec';

/** What the store needs to know about one table. */
export interface RecordSpec<T extends RecordMeta> {
  table: RecordTable;
  /** The kind of record, as audit entries name it. */
  entity: AuditEntity;
  /** The whole stored record, validated before every write. */
  schema: z.ZodType<T, unknown>;
  /** The record it belongs to (a contact's partner, an item's meeting), for its history. */
  parentOf?: (record: T) => string | null;
  /** Fields compared old → new in the audit entry of a change (by default every field but the record's own bookkeeping). */
  auditedFields?: readonly (keyof T & string)[];
  /**
   * Bookkeeping worked out from other records (a case's next review date, from its timeline):
   * written only by `setDerived`, in the transaction of the write it follows from, never by
   * `update`; not audited (the write it follows from is) and no new revision.
   */
  derivedFields?: readonly (keyof T & string)[];
  /**
   * Fields added to the record after rows were written without them (a case's corrections, an
   * agreement's retention in months): such a row reads with these values, so no page meets an
   * undefined where the type promises a value. The next write stores them.
   */
  addedFields?: Partial<T>;
}

/** What the audit entry of a write says: the action, when, and optionally its own changes. */
export interface AuditNote {
  action: AuditAction;
  at: Date;
  /** Overrides the field-by-field comparison (e.g. a disclosure recorded as one line). */
  changes?: AuditChange[];
}

/** Data of a new record: everything but the bookkeeping the store stamps (an id may be chosen). */
export type NewRecord<T extends RecordMeta> = Omit<T, keyof RecordMeta> & { id?: string };

/** Equal as stored values (derived fields are plain data: dates, codes, lists of them). */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Stamped by the store on every write: never worth an audit line of their own. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', 'revision']);

export function createRecordStore<T extends RecordMeta>(db: RoundtableDb, spec: RecordSpec<T>) {
  const table = (): Table<unknown, string> => db.table(spec.table);
  // Read at every call: unlocking swaps the database's codec.
  const addedFields = spec.addedFields;
  const decode = (stored: unknown): T => {
    const record = db.codec.decode<T>(spec.table, stored);
    return addedFields ? ({ ...addedFields, ...record } as T) : record;
  };
  const decodeAll = (rows: unknown[]): T[] => rows.map(decode);
  const live = (record: T | undefined): T | undefined => (record && record.deletedAt === null ? record : undefined);

  function requireWriteTransaction(): void {
    const transaction = Dexie.currentTransaction;
    const needed = [spec.table, 'audit', 'settings'];
    if (!transaction || transaction.db !== db || transaction.mode !== 'readwrite' || !needed.every((name) => transaction.storeNames.includes(name))) {
      throw new Error(`writes to ${spec.table} must run inside writeTransaction(…) over ${needed.join(', ')}`);
    }
  }

  /** What changed, old → new: the spec's fields (or all but bookkeeping), and always the tombstone. */
  function diff(before: T | null, after: T): AuditChange[] {
    const fields = spec.auditedFields ? [...spec.auditedFields, 'deletedAt'] : Object.keys(after).filter((field) => !bookkeeping.has(field));
    return diffChanges(before, after, fields);
  }

  async function write(mode: 'add' | 'put', before: T | null, candidate: T, changes: AuditChange[], note: AuditNote): Promise<T> {
    const checked = spec.schema.parse(candidate);
    const stored = db.codec.encode(spec.table, checked);
    await (mode === 'add' ? table().add(stored) : table().put(stored));
    noteWrite(db, spec.table, checked.id);
    await appendAudit(db, { action: note.action, entity: spec.entity, entityId: checked.id, parentId: spec.parentOf?.(checked) ?? null, changes }, note.at);
    return checked;
  }

  async function current(id: string, includeDeleted: boolean): Promise<T> {
    const stored = await table().get(id);
    const record = stored === undefined ? undefined : decode(stored);
    if (!record || (!includeDeleted && record.deletedAt !== null)) throw new RecordNotFoundError(spec.entity, id);
    return record;
  }

  return {
    spec,

    /** A live record, or undefined when there is none or it is archived/removed. */
    async get(id: string): Promise<T | undefined> {
      const stored = await table().get(id);
      return live(stored === undefined ? undefined : decode(stored));
    },

    /** A record whether archived or not (to show an archived partner's name, to restore). */
    async getIncludingDeleted(id: string): Promise<T | undefined> {
      const stored = await table().get(id);
      return stored === undefined ? undefined : decode(stored);
    },

    /** A live record, or RecordNotFoundError. */
    require(id: string): Promise<T> {
      return current(id, false);
    },

    /** The live records among `ids`, in the order asked for; missing and archived ones left out. */
    async getMany(ids: readonly string[]): Promise<T[]> {
      const rows = await table().bulkGet([...ids]);
      return rows.flatMap((stored) => {
        const record = stored === undefined ? undefined : live(decode(stored));
        return record ? [record] : [];
      });
    },

    /**
     * The records among `ids`, archived ones included, in the order asked for; missing ones
     * left out (an action's owner that was archived since still shows by name).
     */
    async getManyIncludingDeleted(ids: readonly string[]): Promise<T[]> {
      const rows = await table().bulkGet([...ids]);
      return rows.flatMap((stored) => (stored === undefined ? [] : [decode(stored)]));
    },

    /** Live records whose indexed field equals `value`. */
    async where(index: string, value: string | number): Promise<T[]> {
      return this.query((rows) => rows.where(index).equals(value));
    },

    /** Live records whose indexed field is one of `values`. */
    async whereAnyOf(index: string, values: readonly (string | number)[]): Promise<T[]> {
      if (values.length === 0) return [];
      return this.query((rows) => rows.where(index).anyOf([...values]));
    },

    /** Every live record. */
    async list(): Promise<T[]> {
      return this.query((rows) => rows.toCollection());
    },

    /** Records whose indexed field equals `value`, archived ones included (numbers never given out twice). */
    async whereIncludingDeleted(index: string, value: string | number): Promise<T[]> {
      return decodeAll(await table().where(index).equals(value).toArray());
    },

    /** Every record, archived ones included (a list that can show the archive). */
    async listIncludingDeleted(): Promise<T[]> {
      return decodeAll(await table().toArray());
    },

    /**
     * Live records of an index-driven query (where, orderBy, limit): the way a page reads only
     * what it shows. Tombstones are filtered here, before any limit applies.
     */
    async query(build: (rows: Table<unknown, string>) => Collection<unknown, string>): Promise<T[]> {
      // deletedAt stays plaintext under any codec: it is indexed and filtered before decoding.
      const rows = await build(table())
        .filter((stored) => (stored as RecordMeta).deletedAt === null)
        .toArray();
      return decodeAll(rows);
    },

    ...keyQueries<T>(db, table, decode),

    /** Stores a new record (revision 1) with its audit entry. Runs inside writeTransaction. */
    async insert(data: NewRecord<T>, note: AuditNote): Promise<T> {
      requireWriteTransaction();
      const meta = newRecordMeta(note.at);
      const record = { ...data, ...meta, id: data.id ?? meta.id } as T;
      // add, not put: an id that exists already fails instead of overwriting.
      return write('add', null, record, note.changes ?? diff(null, record), note);
    },

    /**
     * Changes a record, refused with StaleRevisionError unless it is still at `baseRevision`
     * (the revision the user's screen showed). `change` gets the stored record and returns the
     * new one; bookkeeping is stamped here. A change that changes nothing writes nothing.
     */
    async update(id: string, baseRevision: number, change: (current: T) => T, note: AuditNote, options: { includeDeleted?: boolean } = {}): Promise<T> {
      requireWriteTransaction();
      const before = await current(id, options.includeDeleted ?? false);
      if (before.revision !== baseRevision) throw new StaleRevisionError(spec.entity, id, baseRevision, before.revision);
      const changed = change(before);
      const forged = spec.derivedFields?.find((field) => !sameValue(changed[field], before[field]));
      if (forged) throw new Error(`${spec.table}.${forged} is derived: only setDerived writes it`);
      const candidate = { ...changed, id: before.id, createdAt: before.createdAt, updatedAt: note.at.toISOString(), revision: before.revision + 1 } as T;
      const changes = note.changes ?? diff(before, candidate);
      if (changes.length === 0) return before;
      return write('put', before, candidate, changes, note);
    },

    /**
     * Writes derived bookkeeping (the spec's `derivedFields`) worked out from records written in
     * the same transaction, which carry the audit entry: validated like every write, but no
     * audit entry, no new revision and no new updatedAt, since nobody changed the record. A
     * forms' base revision stays valid, so a timeline entry added in one window does not
     * refuse the case's form open in another. Writing the value already stored writes nothing.
     */
    async setDerived(id: string, values: Partial<T>): Promise<T> {
      requireWriteTransaction();
      const fields = Object.keys(values) as (keyof T & string)[];
      const stray = fields.find((field) => !spec.derivedFields?.includes(field));
      if (stray) throw new Error(`${spec.table}.${stray} is not a derived field`);
      const before = await current(id, true);
      if (fields.every((field) => sameValue(values[field], before[field]))) return before;
      const checked = spec.schema.parse({ ...before, ...values });
      await table().put(db.codec.encode(spec.table, checked));
      noteWrite(db, spec.table, checked.id);
      return checked;
    },

    /**
     * Deletes a record's row for good (data protection). Only the erasure repository calls it:
     * in the same transaction it erases the values of the record's audit entries and inserts
     * the erasure record, whose audit entry records the deletion. The search index hears of it
     * after the commit, like any write.
     */
    async purge(id: string): Promise<void> {
      requireWriteTransaction();
      await table().delete(id);
      noteWrite(db, spec.table, id);
    },

    /** Archives or removes a record (a tombstone: nothing is ever archived away for good but by purge). */
    archive(id: string, baseRevision: number, note: AuditNote): Promise<T> {
      return this.update(id, baseRevision, (record) => ({ ...record, deletedAt: note.at.toISOString() }), note);
    },

    /** Brings an archived record back. */
    restore(id: string, baseRevision: number, note: AuditNote): Promise<T> {
      return this.update(id, baseRevision, (record) => ({ ...record, deletedAt: null }), note, { includeDeleted: true });
    },
  };
}

export type RecordStore<T extends RecordMeta> = ReturnType<typeof createRecordStore<T>>;

/**
 * A read-write transaction over `tables` plus the audit trail and its head, which every
 * write through a record store needs. Use it for every write.
 */
export function writeTransaction<R>(db: RoundtableDb, tables: readonly RecordTable[], work: () => Promise<R>): Promise<R> {
  return db.transaction('rw', [...new Set([...tables, 'audit', 'settings'])], work);
}

/** A store for every table of records, sharing the database and today's date. */
export function createRecordStores(db: RoundtableDb, today: () => string) {
  const specs = recordSpecs(today);
  return {
    partners: createRecordStore(db, specs.partners),
    contacts: createRecordStore(db, specs.contacts),
    meetings: createRecordStore(db, specs.meetings),
    meetingSeries: createRecordStore(db, specs.meetingSeries),
    agendaItems: createRecordStore(db, specs.agendaItems),
    actions: createRecordStore(db, specs.actions),
    referrals: createRecordStore(db, specs.referrals),
    referralEvents: createRecordStore(db, specs.referralEvents),
    agreements: createRecordStore(db, specs.agreements),
    disclosures: createRecordStore(db, specs.disclosures),
    coverageAcknowledgements: createRecordStore(db, specs.coverageAcknowledgements),
    riskPictures: createRecordStore(db, specs.riskPictures),
    retentionHolds: createRecordStore(db, specs.retentionHolds),
    erasures: createRecordStore(db, specs.erasures),
  };
}

export type RecordStores = ReturnType<typeof createRecordStores>;
