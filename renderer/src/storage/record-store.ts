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
 * encryption codec (and later a sync outbox and the search index) plug in at one place.
 *
 * IndexedDB commits a transaction as soon as it waits on anything but IndexedDB: nothing
 * here awaits crypto.subtle, fetch or a timer inside a transaction; a codec must be
 * synchronous (or encrypt before the transaction starts).
 */
import Dexie, { type Collection, type IndexableType, type Table } from 'dexie';
import type { z } from 'zod';
import type { AuditAction, AuditChange, AuditEntity } from '../domain/audit';
import { diffChanges } from '../domain/audit-chain';
import { newRecordMeta, type RecordMeta } from '../domain/record';
import { appendAudit } from './audit';
import type { RoundtableDb } from './db';
import { RecordNotFoundError, StaleRevisionError } from './errors';
import { recordSpecs, type RecordTable } from './tables';

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
}

/**
 * Turns records into what is stored and back. Identity today; the encryption codec (issue:
 * encryption at rest) replaces it. Synchronous on purpose: it runs inside transactions. It
 * must leave the record's bookkeeping and indexed fields readable (ids, foreign keys, dates,
 * status codes, deletedAt, revision): indexes and tombstone filtering work on them.
 */
export interface RecordCodec {
  encode<T extends RecordMeta>(table: RecordTable, record: T): unknown;
  decode<T extends RecordMeta>(table: RecordTable, stored: unknown): T;
}

export const plainCodec: RecordCodec = {
  encode: (_table, record) => record,
  decode: <T extends RecordMeta>(_table: RecordTable, stored: unknown) => stored as T,
};

/** What the audit entry of a write says: the action, when, and optionally its own changes. */
export interface AuditNote {
  action: AuditAction;
  at: Date;
  /** Overrides the field-by-field comparison (e.g. a disclosure recorded as one line). */
  changes?: AuditChange[];
}

/** Data of a new record: everything but the bookkeeping the store stamps (an id may be chosen). */
export type NewRecord<T extends RecordMeta> = Omit<T, keyof RecordMeta> & { id?: string };

/** Stamped by the store on every write: never worth an audit line of their own. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', 'revision']);

export function createRecordStore<T extends RecordMeta>(db: RoundtableDb, spec: RecordSpec<T>) {
  const table = (): Table<unknown, string> => db.table(spec.table);
  // Read at every call: unlocking swaps the database's codec.
  const decode = (stored: unknown): T => db.codec.decode<T>(spec.table, stored);
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

    /**
     * The ids of the live records an index range selects, in the index's order, reading keys
     * only (IndexedDB's getAllKeys: no record is read or decoded). Lists page and count with
     * these and then read just the page's records with `getMany`; filters on several indexes
     * intersect id sets. Archived and removed records are left out through the `deletedAt`
     * index, which holds only them.
     */
    async liveKeys(build: (rows: Table<unknown, string>) => Collection<unknown, string>): Promise<string[]> {
      const [keys, tombstones] = await Promise.all([build(table()).primaryKeys(), table().orderBy('deletedAt').primaryKeys()]);
      if (tombstones.length === 0) return keys;
      const removed = new Set(tombstones);
      return keys.filter((key) => !removed.has(key));
    },

    /**
     * `liveKeys` of several index ranges at once, each list in its index's order: one read
     * transaction, the removed ids read once. A list ordered by something no single index
     * holds is the concatenation of ranges (an owner's actions after another's).
     */
    async liveKeysOfEach(builds: readonly ((rows: Table<unknown, string>) => Collection<unknown, string>)[]): Promise<string[][]> {
      return db.transaction('r', [spec.table], async () => {
        const [tombstones, ...lists] = await Promise.all([table().orderBy('deletedAt').primaryKeys(), ...builds.map((build) => build(table()).primaryKeys())]);
        if (tombstones.length === 0) return lists;
        const removed = new Set(tombstones);
        return lists.map((keys) => keys.filter((key) => !removed.has(key)));
      });
    },

    /**
     * Runs `work`, which reads this table only, in one read transaction: its reads see one
     * state of the table, and many small requests (counts) do not each open a transaction.
     */
    reading<R>(work: () => Promise<R>): Promise<R> {
      return db.transaction('r', [spec.table], work);
    },

    /**
     * How many entries an index range holds, removed records included (IndexedDB counts
     * without reading a key). A list that pages by counting subtracts its removed records,
     * which `listDeleted` gives, in memory.
     */
    async countIncludingDeleted(build: (rows: Table<unknown, string>) => Collection<unknown, string>): Promise<number> {
      return build(table()).count();
    },

    /** The archived and removed records (through the `deletedAt` index, which holds only them). */
    async listDeleted(): Promise<T[]> {
      return decodeAll(await table().orderBy('deletedAt').toArray());
    },

    /**
     * The distinct values a single-field index holds among live records (e.g. the partners
     * that own actions), from keys: a unique cursor over the index, and, only for the values
     * a removed record carries, whether a live record carries them too.
     */
    async liveIndexValues(index: string): Promise<IndexableType[]> {
      return db.transaction('r', [spec.table], async () => {
        const [values, tombstones] = await Promise.all([table().orderBy(index).uniqueKeys(), table().orderBy('deletedAt').primaryKeys()]);
        if (tombstones.length === 0) return values;
        const removed = new Set(tombstones);
        // Indexed fields stay plaintext under any codec: read them from the stored rows.
        const removedRows = await table().bulkGet(tombstones);
        const doubtful = new Set(removedRows.map((stored) => Dexie.getByKeyPath(stored as object, index) as IndexableType | undefined | null));
        doubtful.delete(undefined);
        doubtful.delete(null);
        const gone = new Set<IndexableType>();
        for (const value of doubtful as Set<IndexableType>) {
          const keys = await table().where(index).equals(value).primaryKeys();
          if (keys.every((key) => removed.has(key))) gone.add(value);
        }
        return values.filter((value) => !gone.has(value));
      });
    },

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
      const candidate = { ...changed, id: before.id, createdAt: before.createdAt, updatedAt: note.at.toISOString(), revision: before.revision + 1 } as T;
      const changes = note.changes ?? diff(before, candidate);
      if (changes.length === 0) return before;
      return write('put', before, candidate, changes, note);
    },

    /** Archives or removes a record (a tombstone: nothing is ever deleted). */
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
  };
}

export type RecordStores = ReturnType<typeof createRecordStores>;
