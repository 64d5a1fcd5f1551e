/**
 * Code that runs inside the page (serialised on its own, like probes.ts): how many sealed
 * rows the app reads, per store. Every row the app reads it opens with the codec once, so
 * this count times the codec's cost per row (codec-bench.ts) is what decrypting costs a
 * page. Installed only on the runs that count, so it costs the timed runs nothing.
 */

/** Init script: counts the sealed rows IndexedDB hands the page, per store (each is opened by the codec once read). */
export function installReadCounter(): void {
  const counts: Record<string, number> = {};
  (window as unknown as { __benchReads: Record<string, number> }).__benchReads = counts;
  const seen = new WeakSet<object>();
  const storeOf = (source: unknown): string =>
    source instanceof IDBIndex
      ? source.objectStore.name
      : source instanceof IDBObjectStore
        ? source.name
        : source instanceof IDBCursor
          ? storeOf(source.source)
          : '?';
  const note = (source: unknown, value: unknown) => {
    if (value === null || typeof value !== 'object' || seen.has(value) || typeof (value as { sealed?: unknown }).sealed !== 'string') return;
    seen.add(value);
    const store = storeOf(source);
    counts[store] = (counts[store] ?? 0) + 1;
  };
  const result = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'result')!.get!;
  Object.defineProperty(IDBRequest.prototype, 'result', {
    configurable: true,
    get(this: IDBRequest) {
      const value: unknown = result.call(this);
      if (Array.isArray(value)) for (const row of value) note(this.source, row);
      else if (!(value instanceof IDBCursor)) note(this.source, value);
      return value;
    },
  });
  const cursorValue = Object.getOwnPropertyDescriptor(IDBCursorWithValue.prototype, 'value')!.get!;
  Object.defineProperty(IDBCursorWithValue.prototype, 'value', {
    configurable: true,
    get(this: IDBCursorWithValue) {
      const value: unknown = cursorValue.call(this);
      note(this.source, value);
      return value;
    },
  });
}

/** The rows counted so far, per store. */
export function readCounts(): Record<string, number> {
  return { ...(window as unknown as { __benchReads: Record<string, number> }).__benchReads };
}
