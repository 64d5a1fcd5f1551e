import { useCallback, useEffect, useRef } from 'react';

/**
 * Runs one screen's quick successive writes to one record in order, each based on the
 * revision the one before produced (or the newest the screen shows). Changing two
 * attendees in a row is then two changes, not a refusal; a change made meanwhile in another
 * window still makes the next write stale, and storage refuses it with a message.
 */
export function useRevisionChain(shownRevision: number) {
  const latest = useRef(shownRevision);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    latest.current = Math.max(latest.current, shownRevision);
  }, [shownRevision]);
  return useCallback(<R extends { revision: number }>(write: (baseRevision: number) => Promise<R>): Promise<R> => {
    const run = queue.current.then(async () => {
      const result = await write(latest.current);
      latest.current = Math.max(latest.current, result.revision);
      return result;
    });
    queue.current = run.catch(() => undefined);
    return run;
  }, []);
}
