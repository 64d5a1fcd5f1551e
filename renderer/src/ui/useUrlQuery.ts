/**
 * A list's filters kept in the URL. Each change builds on the latest address, not on the
 * filters of the last render, so two quick changes both stick. And the change shows at once:
 * the router commits the new address a little later (as a transition), and until then a
 * checkbox bound to the address would jump back; the changed filters are shown meanwhile.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

export function useUrlQuery<Q>(read: (params: URLSearchParams) => Q, write: (query: Q) => URLSearchParams): [Q, (change: Partial<Q>) => void] {
  const [params, setParams] = useSearchParams();
  const [pending, setPending] = useState<{ from: URLSearchParams; query: Q } | null>(null);
  const stored = useMemo(() => read(params), [params, read]);
  // Shown only until the address it was made on changes (the navigation has arrived).
  const query = pending && pending.from === params ? pending.query : stored;
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (change: Partial<Q>) => {
      const nextQuery = { ...read(latest.current), ...change };
      const next = write(nextQuery);
      setPending({ from: latest.current, query: nextQuery });
      latest.current = next;
      setParams(next, { replace: true });
    },
    [read, write, setParams],
  );
  return [query, update];
}
