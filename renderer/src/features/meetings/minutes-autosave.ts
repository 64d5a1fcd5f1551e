/**
 * Autosave of one agenda item's minutes, without React: what the user types is saved a
 * moment after they stop (debounced), one write at a time, each based on the revision the
 * write before it produced. Storage refuses a write based on an old revision (the item
 * changed elsewhere meanwhile); then nothing more is written, the typed text stays, and the
 * state says why, until the user chooses to load the stored version. Other writes to the
 * same item (a decision added inline) queue behind the minutes and share the revision.
 */

export type AutosaveState =
  | { kind: 'saved' }
  /** Typed, waiting for the pause that starts the save. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** `stale`: the item changed elsewhere, so nothing is saved until `reload`. */
  | { kind: 'failed'; error: unknown; stale: boolean };

export interface AutosaveOptions {
  /** The revision and the text as stored when the editor opened. */
  baseRevision: number;
  storedText: string;
  /** Writes the text at `baseRevision`; returns the record as saved. */
  save: (baseRevision: number, text: string) => Promise<{ revision: number }>;
  /** Whether a failed write was refused because the record moved past its base revision. */
  isStale: (error: unknown) => boolean;
  onState: (state: AutosaveState) => void;
  /** The pause after the last keystroke before saving. */
  delayMs: number;
  /** Runs `run` after `ms` and returns how to cancel it (a timer; tests pass their own). */
  schedule?: (run: () => void, ms: number) => () => void;
}

export interface Autosave {
  /** The user typed: save `text` after the pause. */
  change: (text: string) => void;
  /** Saves what is typed now; true once everything typed is stored. */
  flush: () => Promise<boolean>;
  /** Runs another write to the same record in turn, at the current revision (refused while stale). */
  run: <R extends { revision: number }>(write: (baseRevision: number) => Promise<R>) => Promise<R>;
  /** Starts again from the record as stored now (after a stale refusal): the typed text is dropped. */
  reload: (revision: number, storedText: string) => void;
  state: () => AutosaveState;
}

const timer = (run: () => void, ms: number) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

export function createAutosave(options: AutosaveOptions): Autosave {
  const schedule = options.schedule ?? timer;
  let base = options.baseRevision;
  let stored = options.storedText;
  let typed = stored;
  let state: AutosaveState = { kind: 'saved' };
  let cancelPause: (() => void) | null = null;
  /** The stale refusal that stopped autosaving, until `reload`. */
  let stale: unknown = null;
  let queue: Promise<unknown> = Promise.resolve();

  const set = (next: AutosaveState) => {
    state = next;
    options.onState(next);
  };

  /** Runs `task` after every write queued before it (one write at a time, in order). */
  function inTurn<R>(task: () => Promise<R>): Promise<R> {
    const turn = queue.then(task);
    queue = turn.catch(() => undefined);
    return turn;
  }

  const saveTyped = () =>
    inTurn(async () => {
      if (stale) return false;
      if (typed === stored) return true;
      const text = typed;
      set({ kind: 'saving' });
      try {
        const saved = await options.save(base, text);
        base = saved.revision;
        stored = text;
        // More typed meanwhile: that has its own pause scheduled.
        set(typed === stored ? { kind: 'saved' } : { kind: 'pending' });
        return typed === stored;
      } catch (error) {
        const refusedAsStale = options.isStale(error);
        if (refusedAsStale) stale = error;
        set({ kind: 'failed', error, stale: refusedAsStale });
        return false;
      }
    });

  return {
    change(text) {
      typed = text;
      cancelPause?.();
      cancelPause = null;
      if (stale) return;
      if (typed === stored && state.kind !== 'saving') {
        set({ kind: 'saved' });
        return;
      }
      if (state.kind !== 'saving') set({ kind: 'pending' });
      cancelPause = schedule(() => {
        cancelPause = null;
        void saveTyped();
      }, options.delayMs);
    },

    flush() {
      cancelPause?.();
      cancelPause = null;
      return saveTyped();
    },

    run(write) {
      return inTurn(async () => {
        if (stale) throw stale;
        const saved = await write(base);
        base = saved.revision;
        return saved;
      });
    },

    reload(revision, storedText) {
      cancelPause?.();
      cancelPause = null;
      stale = null;
      base = revision;
      stored = typed = storedText;
      set({ kind: 'saved' });
    },

    state: () => state,
  };
}
