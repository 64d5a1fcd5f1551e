/**
 * A list's filters kept in the URL. Each change builds on the latest address, not on the
 * filters of the last render: two quick changes (a select, then a checkbox) both stick even
 * when the first navigation has not rendered yet.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

export function useUrlQuery<Q>(read: (params: URLSearchParams) => Q, write: (query: Q) => URLSearchParams): [Q, (change: Partial<Q>) => void] {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => read(params), [params, read]);
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (change: Partial<Q>) => {
      const next = write({ ...read(latest.current), ...change });
      latest.current = next;
      setParams(next, { replace: true });
    },
    [read, write, setParams],
  );
  return [query, update];
}
