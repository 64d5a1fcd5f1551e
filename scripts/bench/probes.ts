/**
 * Code that runs inside the page. Each function is serialised on its own (no imports, no
 * outer variables): init scripts installed before the app's code, and functions for
 * page.evaluate. Times are the page's performance.now(): milliseconds since the navigation
 * started, so a direct load is timed from its real start.
 */

/** What makes a page "useful": its heading plus its first data row, or an empty state. */
export interface UsefulSpec {
  heading: string;
  useful: string;
  empty: string;
}

export interface LongTask {
  start: number;
  duration: number;
}

export interface BenchState {
  longTasks: LongTask[];
  /** When the useful page was first painted, and whether it showed data or an empty state. */
  useful?: { at: number; kind: 'data' | 'empty' };
  /** When the click on the partners link was answered (its link current, painted). */
  answered?: number;
  /** When the lock screen was painted ready for the passphrase. */
  lockReady?: number;
  /** When the page called indexedDB.open: the app opens its database once the passphrase is checked. */
  dbOpens: number[];
}

/** Init script: collects long tasks from the start, for any window of time the bench asks about. */
export function installLongTaskObserver(): void {
  const state: BenchState = { longTasks: [], dbOpens: [] };
  (window as unknown as { __bench: BenchState }).__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Init script: notes when the page first shows `spec` on a painted frame (the frame after the
 * DOM change, then a task: the paint has happened), and when `answer` first matches.
 */
export function installUsefulWatcher({ spec, answer }: { spec: UsefulSpec; answer: string | null }): void {
  const state = (window as unknown as { __bench: BenchState }).__bench;
  const painted = (note: (at: number) => void) => requestAnimationFrame(() => setTimeout(() => note(performance.now()), 0));
  let seen = false;
  let answered = answer === null;
  const check = () => {
    if (!seen && document.querySelector(spec.heading)) {
      const kind = document.querySelector(spec.useful) ? 'data' : document.querySelector(spec.empty) ? 'empty' : null;
      if (kind) {
        seen = true;
        painted((at) => (state.useful = { at, kind }));
      }
    }
    if (!answered && answer !== null && document.querySelector(answer)) {
      answered = true;
      painted((at) => (state.answered = at));
    }
    if (seen && answered) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * Clicks `link` (or, when the list does not show it, sets the hash route) and resolves when
 * a new heading and a new useful element (not those of the page before) are painted.
 */
export async function navigateAndTime({ link, hash, spec, timeoutMs }: { link: string; hash: string; spec: UsefulSpec; timeoutMs: number }) {
  const old = new WeakSet(document.querySelectorAll(`${spec.heading}, ${spec.useful}, ${spec.empty}`));
  const fresh = (selector: string) => [...document.querySelectorAll(selector)].some((element) => !old.has(element));
  const target = document.querySelector<HTMLElement>(link);
  const started = performance.now();
  if (target) target.click();
  else location.hash = hash;
  const result = await new Promise<{ at: number; kind: 'data' | 'empty' } | null>((resolve) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
    const check = () => {
      if (!fresh(spec.heading)) return;
      const kind = fresh(spec.useful) ? 'data' : fresh(spec.empty) ? 'empty' : null;
      if (!kind) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve({ at: performance.now(), kind }), 0));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    check();
  });
  return { started, clicked: Boolean(target), result };
}

/** Resolves once no long task has ended for `quietMs` (or after `capMs`); returns when. */
export async function settle({ since, quietMs, capMs }: { since: number; quietMs: number; capMs: number }): Promise<number> {
  const state = (window as unknown as { __bench: BenchState }).__bench;
  const lastEnd = () => Math.max(since, ...state.longTasks.map((task) => task.start + task.duration));
  const began = performance.now();
  while (performance.now() - lastEnd() < quietMs && performance.now() - began < capMs) await new Promise((done) => setTimeout(done, 50));
  return performance.now();
}

/** Long tasks that started in [from, to]. */
export function longTasksBetween({ from, to }: { from: number; to: number }): LongTask[] {
  return (window as unknown as { __bench: BenchState }).__bench.longTasks.filter((task) => task.start >= from && task.start <= to);
}

export function domElementCount(): number {
  return document.getElementsByTagName('*').length;
}

/** One read of the baseline: a store, optionally by an index, a key or the first `count` rows. */
export interface RawRead {
  store: string;
  index?: string;
  /** Only rows with this key (of the index, or the primary key). */
  key?: string;
  count?: number;
  direction?: 'next' | 'prev';
}

/**
 * The baseline: the rows the page shows, read with the raw IndexedDB API in one transaction
 * (the connection is opened before the clock starts). Returns milliseconds and rows read.
 */
export async function rawReadTime(reads: RawRead[]): Promise<{ ms: number; rows: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('roundtable');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores = [...new Set(reads.map((read) => read.store))];
  const started = performance.now();
  const transaction = db.transaction(stores, 'readonly');
  const counts = await Promise.all(
    reads.map(
      (read) =>
        new Promise<number>((resolve, reject) => {
          const store = transaction.objectStore(read.store);
          const source = read.index ? store.index(read.index) : store;
          const range = read.key === undefined ? null : IDBKeyRange.only(read.key);
          if ((read.direction ?? 'next') === 'next') {
            const request = source.getAll(range, read.count);
            request.onsuccess = () => resolve(request.result.length);
            request.onerror = () => reject(request.error);
            return;
          }
          const rows: unknown[] = [];
          const request = source.openCursor(range, 'prev');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor || rows.length >= (read.count ?? Infinity)) return resolve(rows.length);
            rows.push(cursor.value);
            cursor.continue();
          };
        }),
    ),
  );
  const ms = performance.now() - started;
  db.close();
  return { ms, rows: counts.reduce((sum, count) => sum + count, 0) };
}

/**
 * Types `word` into `input` one character at a time, as the input event React listens to.
 * Each keystroke is timed until the page stopped changing (no DOM change in `main` for
 * `quietMs`) to the frame painted after its last change.
 */
export async function typeAndTime({ input, word, quietMs }: { input: string; word: string; quietMs: number }) {
  const field = document.querySelector<HTMLInputElement>(input);
  if (!field) return null;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const main = document.querySelector('main') ?? document.body;
  const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  const times: number[] = [];
  const began = performance.now();
  field.focus();
  for (let length = 1; length <= word.length; length += 1) {
    let lastChange = 0;
    let lastPainted = 0;
    let pending = 0;
    const observer = new MutationObserver(() => {
      lastChange = performance.now();
      pending += 1;
      void painted().then((at) => {
        lastPainted = Math.max(lastPainted, at);
        pending -= 1;
      });
    });
    observer.observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
    const started = performance.now();
    setValue.call(field, word.slice(0, length));
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const firstPaint = await painted();
    while (pending > 0 || performance.now() - Math.max(lastChange, firstPaint) < quietMs) await new Promise((done) => setTimeout(done, 25));
    observer.disconnect();
    times.push(Math.max(firstPaint, lastPainted) - started);
  }
  return { times, began, ended: performance.now() };
}
