/**
 * Which agenda items are on screen: pages of `agendaPageSize`, the page in the URL. An item
 * the user just added, moved or jumped to is "followed": the page is the one it is on now,
 * so it stays in view when it crosses a page boundary, and its card takes the focus once it
 * has arrived at the expected number. Paging by hand stops following.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AgendaItem } from '../../domain/meeting';
import { usePageParam } from '../../ui/usePageParam';

export const agendaPageSize = 50;

/** What to focus in the followed card, once it shows item number `number`. */
export interface FollowRequest {
  id: string;
  number: number;
  focus: 'heading' | 'moveUp' | 'moveDown';
  /** "start" after a jump (the item heads the screen); "nearest" scrolls only if needed. */
  scroll: 'start' | 'nearest';
}

export function useAgendaPaging(items: readonly AgendaItem[]) {
  const [requestedPage, setRequestedPage] = usePageParam();
  const [followed, setFollowed] = useState<FollowRequest | null>(null);
  /** The request stays until the card has focused; following the item lasts longer. */
  const [followedId, setFollowedId] = useState<string | null>(null);

  const pageCount = Math.max(1, Math.ceil(items.length / agendaPageSize));
  const followedIndex = useMemo(() => (followedId ? items.findIndex((item) => item.id === followedId) : -1), [items, followedId]);
  const page = followedIndex >= 0 ? Math.floor(followedIndex / agendaPageSize) + 1 : Math.min(requestedPage, pageCount);
  const first = (page - 1) * agendaPageSize;
  const shown = useMemo(() => items.slice(first, first + agendaPageSize), [items, first]);

  // Keep the URL on the page shown, so a reload returns to the followed item.
  useEffect(() => {
    if (followedIndex >= 0 && page !== requestedPage) setRequestedPage(page);
  }, [followedIndex, page, requestedPage, setRequestedPage]);

  const follow = useCallback((request: FollowRequest | null) => {
    setFollowed(request);
    if (request) setFollowedId(request.id);
  }, []);
  const focused = useCallback(() => setFollowed(null), []);
  const goToPage = useCallback(
    (next: number) => {
      setFollowed(null);
      setFollowedId(null);
      setRequestedPage(next);
    },
    [setRequestedPage],
  );

  return { page, pageCount, first, shown, followed, follow, focused, goToPage };
}
