/**
 * Migration tests, the way Signal Desktop writes them: build the database exactly as version
 * N−1 left it, with realistic rows, close it, open it at exactly version N (running N's
 * upgrade), and compare every row of every store and the exact schema IndexedDB now holds.
 * Both steps declare the versions through `declareMigrations`, the code path the app's own
 * `RoundtableDb` takes, on a plain `Dexie` instance, so a test stays true when later
 * migrations are added.
 *
 * Writing the test for a new migration N (say 005, named `005-something.ts`):
 *
 *   1. Add `tests/migrations/005-something.test.ts` (migrations.test.ts refuses a migration
 *      without one):
 *
 *        const before = rowsAt[4];
 *        const after = await upgradeTo(await createDatabaseAt(4, before), 5);
 *        expect(after.schema).toStrictEqual({ ...every store of version 5, written out... });
 *        expect(after.rows).toStrictEqual({ ...before, newStore: [] });
 *
 *      Write the expected schema out in full (copy it from 004's test and add to it): it pins
 *      what version 5 is. For a migration whose upgrade reshapes rows, write the reshaped rows
 *      out in full in the expectation; never derive them from the code under test.
 *   2. Add the rows the app stores at version 5 to `rows/v5.ts` (new stores, or reshaped rows)
 *      and `rowsAt[5]` in `rows/index.ts`, so the test of migration 006 starts from them.
 *
 * `openAt` gives the opened database when a test needs to try something on it (a unique
 * index refusing a duplicate, say); close it and `Dexie.delete` it afterwards.
 */
import Dexie from 'dexie';
import { declareMigrations } from '../../renderer/src/storage/migrations';

/** Rows per store, each list in primary-key order. */
export type Rows = Readonly<Record<string, readonly object[]>>;

/** What a database holds after an upgrade. */
export interface Snapshot {
  /**
   * Each store as IndexedDB reports it, in Dexie's notation: primary key first (`++` when
   * auto-incremented), then the indexes in alphabetical order (as IndexedDB lists them),
   * `&` unique, `*` multi-entry, `[a+b]` compound. E.g. `'id, &caseCode, caseYear'`.
   */
  schema: Record<string, string>;
  /** Every row of every store, in primary-key order. */
  rows: Record<string, unknown[]>;
}

export function newDatabaseName(): string {
  return `migration-test-${crypto.randomUUID()}`;
}

/** Opens (creating or upgrading) the database `name` at exactly `version`. */
export async function openAt(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name);
  declareMigrations(db, version);
  await db.open();
  if (db.verno !== version) throw new Error(`Opened ${name} at version ${db.verno}, not ${version}.`);
  return db;
}

/** A new database at exactly `version`, holding `rows`, closed again. Returns its name. */
export async function createDatabaseAt(version: number, rows: Rows): Promise<string> {
  const name = newDatabaseName();
  const db = await openAt(name, version);
  try {
    const missing = Object.keys(rows).filter((store) => !db.tables.some((table) => table.name === store));
    if (missing.length > 0) throw new Error(`Version ${version} has no store ${missing.join(', ')}.`);
    await db.transaction('rw', db.tables, async () => {
      for (const [store, list] of Object.entries(rows)) await db.table(store).bulkAdd([...list]);
    });
  } finally {
    db.close();
  }
  return name;
}

/** Opens `name` at exactly `version`, reads everything it holds, and deletes the database. */
export async function upgradeTo(name: string, version: number): Promise<Snapshot> {
  const db = await openAt(name, version);
  try {
    return await snapshot(db);
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

/** The schema and every row of an open database, read from IndexedDB itself. */
export async function snapshot(db: Dexie): Promise<Snapshot> {
  const native = db.backendDB();
  const stores = Array.from(native.objectStoreNames);
  if (stores.length === 0) return { schema: {}, rows: {} };
  const transaction = native.transaction(stores, 'readonly');
  const schema = Object.fromEntries(stores.map((store) => [store, describeStore(transaction.objectStore(store))]));
  const rows: Record<string, unknown[]> = {};
  await db.transaction('r', stores, async () => {
    for (const store of stores) rows[store] = await db.table(store).toArray();
  });
  return { schema, rows };
}

function describeStore(store: IDBObjectStore): string {
  const indexes = Array.from(store.indexNames, (indexName) => {
    const index = store.index(indexName);
    return `${index.unique ? '&' : ''}${index.multiEntry ? '*' : ''}${keyPathText(index.keyPath)}`;
  });
  return [`${store.autoIncrement ? '++' : ''}${keyPathText(store.keyPath)}`, ...indexes].join(', ');
}

function keyPathText(keyPath: string | string[] | null): string {
  if (keyPath === null) return '';
  return Array.isArray(keyPath) ? `[${keyPath.join('+')}]` : keyPath;
}
