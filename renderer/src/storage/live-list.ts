/**
 * A live query for long lists read through index keys. Inside a Dexie live query every key
 * an index read returns is noted one by one (to notice when that record goes): for a list
 * whose order comes from tens of thousands of keys that bookkeeping alone is a long task
 * (measured: most of the action tracker's opening time). So the list's query runs outside
 * the live query, and a cheap live query (a count per table, which observes the whole
 * table) says when to run it again: after any write to the tables the list shows.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { RoundtableDb } from './db';
import type { RecordTable } from './tables';

export function useLiveListOf<T>(db: RoundtableDb, tables: readonly RecordTable[], query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  // A new object after every write to one of the tables.
  const changed = useLiveQuery(async () => {
    await Promise.all(tables.map((table) => db.table(table).count()));
    return {};
  }, [db, tables.join(' ')]);
  const [state, setState] = useState<{ value?: T; error?: unknown }>({});
  // The query of the latest render, which is the one that set `deps`.
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  });
  useEffect(() => {
    if (!changed) return;
    let current = true;
    latest.current().then(
      (value) => current && setState({ value }),
      (error: unknown) => current && setState({ error }),
    );
    // An answer to an older question (the filters changed meanwhile) is dropped.
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps say when the query changes, as for useLive
  }, [changed, ...deps]);
  // Like useLive: an error goes to the error boundary.
  if (state.error !== undefined) throw state.error;
  return state.value;
}
