/**
 * The record store's reads that work from index keys: which live records an index range
 * selects, in its order, without reading or decoding records (IndexedDB's getAllKeys and key
 * cursors). Lists page, count and filter with these, then read only the records they show.
 * Indexed fields (ids, foreign keys, dates, codes) stay plaintext under any codec, so they
 * can be read from keys and stored rows alike. Spread into each record store.
 */
import Dexie, { cmp, type Collection, type IndexableType, type Table } from 'dexie';
import type { RecordMeta } from '../domain/record';
import type { RoundtableDb } from './db';
import { indexedFieldsOf } from './migrations';

/** `items` without those whose id is among `removed` (the ids the `deletedAt` index holds). */
function withoutRemoved<I>(items: I[], removed: readonly string[], idOf: (item: I) => string): I[] {
  if (removed.length === 0) return items;
  const gone = new Set(removed);
  return items.filter((item) => !gone.has(idOf(item)));
}

export function keyQueries<T extends RecordMeta>(db: RoundtableDb, table: () => Table<unknown, string>, decode: (stored: unknown) => T) {
  return {
    /**
     * The ids of the live records an index range selects, in the index's order, reading keys
     * only (IndexedDB's getAllKeys: no record is read or decoded). Lists page and count with
     * these and then read just the page's records with `getMany`; filters on several indexes
     * intersect id sets. Archived and removed records are left out through the `deletedAt`
     * index, which holds only them.
     */
    async liveKeys(build: (rows: Table<unknown, string>) => Collection<unknown, string>): Promise<string[]> {
      const [keys, tombstones] = await Promise.all([build(table()).primaryKeys(), table().orderBy('deletedAt').primaryKeys()]);
      return withoutRemoved(keys, tombstones, (key) => key);
    },

    /**
     * Each live record's index key with its id, in index order, from a key cursor (no record
     * read or decoded): e.g. how many contacts each partner has, from the partnerId index.
     */
    async liveIndexEntries(build: (rows: Table<unknown, string>) => Collection<unknown, string>): Promise<[key: unknown, id: string][]> {
      const entries: [unknown, string][] = [];
      const [tombstones] = await Promise.all([
        table().orderBy('deletedAt').primaryKeys(),
        build(table()).eachKey((key, cursor) => entries.push([key, cursor.primaryKey as string])),
      ]);
      return withoutRemoved(entries, tombstones, ([, id]) => id);
    },

    /**
     * `liveKeys` of several index ranges at once, each list in its index's order: one read
     * transaction, the removed ids read once. A list ordered by something no single index
     * holds is the concatenation of ranges (an owner's actions after another's).
     */
    async liveKeysOfEach(builds: readonly ((rows: Table<unknown, string>) => Collection<unknown, string>)[]): Promise<string[][]> {
      return db.transaction('r', [table()], async () => {
        const [tombstones, ...lists] = await Promise.all([table().orderBy('deletedAt').primaryKeys(), ...builds.map((build) => build(table()).primaryKeys())]);
        return lists.map((keys) => withoutRemoved(keys, tombstones, (key) => key));
      });
    },

    /**
     * The distinct values a single-field index holds among live records (e.g. the partners
     * that own actions), from keys: a unique cursor over the index, and, only for the values
     * a removed record carries, whether a live record carries them too.
     */
    async liveIndexValues(index: string): Promise<IndexableType[]> {
      return db.transaction('r', [table()], async () => {
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

    /**
     * Every live record an index range holds (`index` as Dexie names it: 'receivedOn',
     * '[status+receivedOn]', ':id'), read in chunks of `chunk` with getAll: a few requests
     * instead of one per record (getMany), and each chunk a short task. For an unindexed filter
     * that must see every record of a range; when only some are needed, read those by id.
     */
    async liveInRange(index: string, lower: IndexableType, upper: IndexableType, chunk = 500): Promise<T[]> {
      const fields = index === ':id' ? ['id'] : index.replace(/^\[|\]$/g, '').split('+');
      const keyOf = (stored: unknown): IndexableType => {
        const values = fields.map((field) => (stored as Record<string, IndexableType>)[field]!);
        return values.length === 1 ? values[0]! : (values as IndexableType);
      };
      const found: T[] = [];
      // Index keys repeat (many cases are received on one day): each next chunk starts at the
      // last key read and skips the records with that key it has read already.
      let from = lower;
      let skip = 0;
      for (;;) {
        const rows = await table()
          .where(index)
          .between(from, upper, true, true)
          .limit(chunk + skip)
          .toArray();
        for (const stored of rows.slice(skip)) if ((stored as RecordMeta).deletedAt === null) found.push(decode(stored));
        if (rows.length < chunk + skip) return found;
        from = keyOf(rows[rows.length - 1]);
        skip = 0;
        for (let at = rows.length - 1; at >= 0 && cmp(keyOf(rows[at]), from) === 0; at -= 1) skip += 1;
      }
    },

    /**
     * The indexed fields of the live records with these ids, read from the stored rows without
     * decoding them (indexed fields stay plaintext under any codec): e.g. who owns each overdue
     * action, without decrypting thousands of actions to group them. Refuses a field no index
     * holds, which may be sealed.
     */
    async indexedFieldsOf<K extends keyof T & string>(ids: readonly string[], fields: readonly K[]): Promise<Pick<T, 'id' | K>[]> {
      const indexed = new Set(indexedFieldsOf(table().name));
      const unindexed = fields.filter((field) => !indexed.has(field));
      if (unindexed.length > 0) throw new Error(`${table().name}: ${unindexed.join(', ')} not indexed, so not readable without decoding`);
      const rows = (await table().bulkGet([...ids])) as (Record<string, unknown> | undefined)[];
      return rows
        .filter((stored): stored is Record<string, unknown> => stored !== undefined && stored['deletedAt'] === null)
        .map((stored) => Object.fromEntries(['id', ...fields].map((field) => [field, stored[field]])) as Pick<T, 'id' | K>);
    },

    /**
     * The distinct values of an indexed field, in index order, read from the index alone. Archived
     * and removed records count too: this says which values occur (a filter's options), not which
     * live records have them.
     */
    async uniqueKeys(index: string): Promise<unknown[]> {
      return table().orderBy(index).uniqueKeys();
    },

    /**
     * Runs `work`, which reads this table only, in one read transaction: its reads see one
     * state of the table, and many small requests (counts) do not each open a transaction.
     */
    reading<R>(work: () => Promise<R>): Promise<R> {
      return db.transaction('r', [table()], work);
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
      return (await table().orderBy('deletedAt').toArray()).map(decode);
    },
  };
}
