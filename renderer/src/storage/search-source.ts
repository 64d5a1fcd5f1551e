/**
 * The records the in-memory search index is built from (search/), read here because only
 * storage reads the database: every live record of the searchable tables in chunks, decrypted
 * on the window's thread (the keys never leave it), with a turn for the window between chunks
 * so building the index at unlock never freezes it; and the records a commit changed.
 *
 * Cases give only their case code, which is stored in plaintext (it is indexed): nothing of a
 * case's personal text is read, or decrypted, for the search.
 */
import type { Agreement } from '../domain/agreement';
import type { ActionItem, AgendaItem, Meeting } from '../domain/meeting';
import type { Contact, Partner } from '../domain/partner';
import type { RecordMeta } from '../domain/record';
import type { RoundtableDb } from './db';
import { onCommitted, type CommitListener } from './committed-changes';

/** What of a case the search may know: its id and case code. */
export interface CaseCodeRecord {
  id: string;
  caseCode: string;
}

/** The records the search indexes, by the table they come from. */
export interface SearchableRecords {
  partners: Partner;
  contacts: Contact;
  meetings: Meeting;
  agendaItems: AgendaItem;
  actions: ActionItem;
  agreements: Agreement;
  referrals: CaseCodeRecord;
}
export type SearchableTable = keyof SearchableRecords;
/** In the order the index is built at unlock: the small tables first, agenda items (the most text) last. */
export const searchableTables = [
  'partners',
  'contacts',
  'meetings',
  'agreements',
  'referrals',
  'actions',
  'agendaItems',
] as const satisfies readonly SearchableTable[];

/** Records of one table, as read: the live ones, and the ids of those removed, archived or missing. */
export interface SearchRead<T extends SearchableTable = SearchableTable> {
  table: T;
  live: SearchableRecords[T][];
  gone: string[];
}

const isSearchable = (table: string): table is SearchableTable => (searchableTables as readonly string[]).includes(table);

/** Gives the window a turn (paint, input) between chunks. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * How long decrypting may hold the window's thread before it gives a turn. Under the 50 ms of
 * a "long task": a chunk of long minutes took up to 122 ms in one go at a tenth of the bench
 * city, which delayed the first page after unlock.
 */
const sliceBudgetMs = 12;

export function createSearchSource(db: RoundtableDb) {
  /** One stored row as the search sees it; undefined when it does not decrypt (it is left out, not fatal). */
  function open<T extends SearchableTable>(table: T, stored: unknown): SearchableRecords[T] | undefined {
    if (table === 'referrals') {
      const { id, caseCode } = stored as CaseCodeRecord;
      return { id, caseCode } as SearchableRecords[T];
    }
    try {
      return db.codec.decode<RecordMeta>(table, stored) as unknown as SearchableRecords[T];
    } catch {
      return undefined;
    }
  }

  function split<T extends SearchableTable>(table: T, ids: readonly string[], rows: readonly unknown[]): SearchRead<T> {
    const live: SearchableRecords[T][] = [];
    const gone: string[] = [];
    rows.forEach((stored, at) => {
      const record = stored === undefined || (stored as RecordMeta).deletedAt !== null ? undefined : open(table, stored);
      if (record) live.push(record);
      else gone.push(ids[at]!);
    });
    return { table, live, gone };
  }

  return {
    tables: searchableTables,

    /**
     * Every live record of the searchable tables, `chunk` rows at a time in id order, each chunk
     * handed to `take`; the window gets a turn between chunks. Stops early once `signal` aborts.
     */
    async readAll(take: (read: SearchRead) => void | Promise<void>, options: { chunk?: number; signal?: AbortSignal } = {}): Promise<void> {
      const { chunk = 250, signal } = options;
      for (const table of searchableTables) {
        let after: string | undefined;
        for (;;) {
          if (signal?.aborted) return;
          const range = after === undefined ? db.table(table).orderBy(':id') : db.table(table).where(':id').above(after);
          const rows = await range.limit(chunk).toArray();
          if (signal?.aborted) return;
          if (rows.length === 0) break;
          after = (rows[rows.length - 1] as RecordMeta).id;
          const live = rows.filter((stored) => (stored as RecordMeta).deletedAt === null);
          // Decrypted one row at a time; after at most sliceBudgetMs what is done is handed on
          // and the window gets a turn.
          let sliceStart = performance.now();
          let slice: SearchRead = { table, live: [], gone: [] };
          for (const stored of live) {
            const record = open(table, stored);
            if (record) slice.live.push(record);
            else slice.gone.push((stored as RecordMeta).id);
            if (performance.now() - sliceStart >= sliceBudgetMs) {
              await take(slice);
              slice = { table, live: [], gone: [] };
              await nextTurn();
              if (signal?.aborted) return;
              sliceStart = performance.now();
            }
          }
          if (slice.live.length > 0 || slice.gone.length > 0) await take(slice);
          if (rows.length < chunk) break;
          await nextTurn();
        }
      }
    },

    /** The records `ids` of `table` as they are now: live ones decoded, the others named as gone. */
    async read<T extends SearchableTable>(table: T, ids: readonly string[]): Promise<SearchRead<T>> {
      const rows = await db.table(table).bulkGet([...ids]);
      return split(table, ids, rows);
    },

    /** Calls `listener` after every committed write to a searchable table (or 'everything' after a restore). */
    onCommitted(listener: CommitListener): () => void {
      return onCommitted(db, (changes) => {
        if (changes === 'everything') return listener(changes);
        const searchable = changes.filter((change) => isSearchable(change.table));
        if (searchable.length > 0) listener(searchable);
      });
    },
  };
}

export type SearchSource = ReturnType<typeof createSearchSource>;
