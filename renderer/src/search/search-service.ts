/**
 * The one search while the app is unlocked: a worker holding the index (search.worker.ts),
 * filled at unlock from every searchable record, read in chunks on this thread and posted
 * (the worker indexes, so the window stays responsive), and kept up to date after every
 * committed write (the changed records are read again, decoded, and replace or drop their
 * documents). Locking terminates the worker, which drops the index with everything it held
 * decrypted; the next unlock builds a new one. A restore rebuilds it.
 *
 * Reads run one after another (the build first, then each commit's), so an older read never
 * overwrites a newer one in the index.
 */
import type { CommittedChange, SearchableTable, SearchRead, SearchSource, VaultState } from '../storage';
import { documentId, searchDocument } from './search-documents';
import type { SearchAnswer, SearchReply, SearchRequest } from './search-types';

/** The part of a Worker the service uses (a fake one in unit tests). */
export interface SearchWorker {
  postMessage(request: SearchRequest): void;
  onmessage: ((event: MessageEvent<SearchReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type SearchStatus =
  | { state: 'off' }
  /** Building the index: `read` records so far. Searching already answers from what is in. */
  | { state: 'building'; read: number }
  | { state: 'ready' }
  /** The worker could not start or failed: search is unavailable until the next unlock. */
  | { state: 'failed' };

export interface SearchServiceDeps {
  source: Pick<SearchSource, 'readAll' | 'read' | 'onCommitted'>;
  session: { getState(): VaultState; subscribe(listener: () => void): () => void };
  startWorker(): SearchWorker;
  /**
   * Resolves when the window has a quiet moment: the build waits for it, so the first page
   * after unlock is read and drawn before the index takes its share of the thread.
   */
  whenIdle?: () => Promise<void>;
}

/** An unlocked session's search: its worker, and the aborting of its reads. */
interface Running {
  worker: SearchWorker;
  abort: AbortController;
  stopCommits: () => void;
  queue: Promise<void>;
  queries: Map<number, { resolve: (answer: SearchAnswer) => void; reject: (error: Error) => void }>;
}

export class SearchUnavailableError extends Error {
  constructor(message = 'search is not available') {
    super(message);
    this.name = 'SearchUnavailableError';
  }
}

export function createSearchService(deps: SearchServiceDeps) {
  let running: Running | undefined;
  let status: SearchStatus = { state: 'off' };
  let seq = 0;
  const listeners = new Set<() => void>();

  function setStatus(next: SearchStatus): void {
    status = next;
    for (const listener of listeners) listener();
  }

  function post(run: Running, read: SearchRead): void {
    const table = read.table as SearchableTable;
    if (read.live.length > 0) run.worker.postMessage({ type: 'upsert', documents: read.live.map((record) => searchDocument(table, record as never)) });
    if (read.gone.length > 0) run.worker.postMessage({ type: 'remove', ids: read.gone.map((id) => documentId(table, id)) });
  }

  /** Runs `work` after the session's earlier reads; nothing once the session has stopped. */
  function enqueue(run: Running, work: () => Promise<void>): void {
    run.queue = run.queue.then(async () => {
      if (run.abort.signal.aborted) return;
      try {
        await work();
      } catch (error) {
        // A read refused because the app locked meanwhile is expected; anything else is reported.
        if (!run.abort.signal.aborted) console.error('search: reading records failed', error);
      }
    });
  }

  function refresh(run: Running, changes: CommittedChange[]): void {
    enqueue(run, async () => {
      for (const change of changes) {
        const read = await deps.source.read(change.table as SearchableTable, change.ids);
        if (!run.abort.signal.aborted) post(run, read);
      }
    });
  }

  function start(): void {
    let worker: SearchWorker;
    try {
      worker = deps.startWorker();
    } catch (error) {
      console.error('search: the worker could not start', error);
      setStatus({ state: 'failed' });
      return;
    }
    const run: Running = { worker, abort: new AbortController(), stopCommits: () => undefined, queue: Promise.resolve(), queries: new Map() };
    running = run;
    worker.onmessage = ({ data: reply }) => {
      const waiting = run.queries.get(reply.seq);
      if (!waiting) return;
      run.queries.delete(reply.seq);
      if (reply.type === 'answer') waiting.resolve(reply.answer);
      else waiting.reject(new SearchUnavailableError(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      console.error('search: the worker failed', event.message);
      stop();
      setStatus({ state: 'failed' });
    };
    run.stopCommits = deps.source.onCommitted((changes) => {
      if (changes === 'everything') {
        stop();
        start();
      } else refresh(run, changes);
    });
    let read = 0;
    setStatus({ state: 'building', read });
    enqueue(run, async () => {
      await deps.whenIdle?.();
      if (run.abort.signal.aborted) return;
      await deps.source.readAll(
        (chunk) => {
          post(run, chunk);
          read += chunk.live.length;
          setStatus({ state: 'building', read });
        },
        { signal: run.abort.signal },
      );
      if (!run.abort.signal.aborted) setStatus({ state: 'ready' });
    });
  }

  /** Ends the session's search: reads stop, the worker and its index are dropped, waiting queries are refused. */
  function stop(): void {
    const run = running;
    if (!run) return;
    running = undefined;
    run.abort.abort();
    run.stopCommits();
    run.worker.onmessage = null;
    run.worker.terminate();
    for (const waiting of run.queries.values()) waiting.reject(new SearchUnavailableError('the app was locked'));
    run.queries.clear();
    setStatus({ state: 'off' });
  }

  function follow(): void {
    const unlocked = deps.session.getState().status === 'unlocked';
    if (unlocked && !running && status.state !== 'failed') start();
    if (!unlocked) {
      stop();
      if (status.state === 'failed') setStatus({ state: 'off' });
    }
  }

  deps.session.subscribe(follow);
  follow();

  return {
    /** The answer to `text`; SearchUnavailableError when locked or when the worker failed. */
    search(text: string): Promise<SearchAnswer> {
      const run = running;
      if (!run) return Promise.reject(new SearchUnavailableError());
      seq += 1;
      const asked = seq;
      return new Promise((resolve, reject) => {
        run.queries.set(asked, { resolve, reject });
        run.worker.postMessage({ type: 'query', seq: asked, text });
      });
    },
    getStatus: (): SearchStatus => status,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
