/**
 * Which records a committed transaction changed, told after the commit: the seam where the
 * in-memory search index (and later a sync outbox) learns of every write. The record store
 * notes each record it writes; once the transaction's IndexedDB transaction completes, the
 * listeners get the tables and ids, once per transaction. An aborted transaction tells nothing.
 */
import Dexie from 'dexie';
import type { RoundtableDb } from './db';
import type { RecordTable } from './tables';

export interface CommittedChange {
  table: RecordTable;
  ids: string[];
}

/** The tables and ids written, or 'everything' when the whole database was replaced (a restore). */
export type CommitListener = (changes: CommittedChange[] | 'everything') => void;

const listenersOf = new WeakMap<RoundtableDb, Set<CommitListener>>();
/** Per IndexedDB transaction (shared by Dexie's nested transactions): what it wrote so far. */
const pendingOf = new WeakMap<IDBTransaction, Map<RecordTable, Set<string>>>();

function tell(db: RoundtableDb, changes: CommittedChange[] | 'everything'): void {
  // A copy: a listener may unsubscribe and subscribe anew while it is told (the search restarts
  // on a restore), and a Set's iteration would visit the new subscription too, without end.
  for (const listener of [...(listenersOf.get(db) ?? [])]) {
    try {
      listener(changes);
    } catch (error) {
      // One listener's failure must not keep the others from hearing of the commit.
      console.error(error);
    }
  }
}

/** Calls `listener` after every committed transaction that wrote records; returns the unsubscribe. */
export function onCommitted(db: RoundtableDb, listener: CommitListener): () => void {
  const listeners = listenersOf.get(db) ?? listenersOf.set(db, new Set()).get(db)!;
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Notes that the current transaction wrote record `id` of `table` (the record store calls it for every write). */
export function noteWrite(db: RoundtableDb, table: RecordTable, id: string): void {
  const transaction = Dexie.currentTransaction?.idbtrans as IDBTransaction | undefined;
  if (!transaction || !listenersOf.get(db)?.size) return;
  let pending = pendingOf.get(transaction);
  if (!pending) {
    const written = new Map<RecordTable, Set<string>>();
    pendingOf.set(transaction, (pending = written));
    transaction.addEventListener('complete', () => {
      tell(
        db,
        [...written].map(([name, ids]) => ({ table: name, ids: [...ids] })),
      );
    });
  }
  const ids = pending.get(table) ?? pending.set(table, new Set()).get(table)!;
  ids.add(id);
}

/** Tells the listeners that every record may have changed: a restore replaced the database, after it committed. */
export function noteReplaced(db: RoundtableDb): void {
  tell(db, 'everything');
}
