/**
 * The page of a paged list, kept in the URL ("?page=3"), so a reload or a link returns
 * to it. Paging replaces the history entry: "Back" leaves the list, it does not page back.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function usePageParam(name = 'page'): [number, (page: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get(name));
  const page = Number.isInteger(raw) && raw >= 1 ? raw : 1;
  const setPage = useCallback(
    (next: number) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next > 1) updated.set(name, String(next));
          else updated.delete(name);
          return updated;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [page, setPage];
}
