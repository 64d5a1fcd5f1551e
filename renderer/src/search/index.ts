/**
 * The one search of the app (Ctrl/Cmd+K): its service, started at unlock and dropped at lock.
 * The UI imports it from here.
 */
import { useSyncExternalStore } from 'react';
import { searchSource, vault } from '../storage';
import { createSearchService, type SearchStatus, type SearchWorker } from './search-service';

function startWorker(): SearchWorker {
  // Written out like this so Vite bundles the worker (web edition and desktop alike).
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'roundtable-search' }) as unknown as SearchWorker;
}

/**
 * After the first page: the window's first idle moment, or 2 s at the latest (a busy page
 * must not keep the search from ever starting).
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}

export const searchService = createSearchService({ source: searchSource, session: vault, startWorker, whenIdle });

/** Whether the index is being built, ready, or off (locked). */
export function useSearchStatus(): SearchStatus {
  return useSyncExternalStore(searchService.subscribe, searchService.getStatus);
}

export { SearchUnavailableError, type SearchStatus } from './search-service';
export { resultGroups, type ResultGroup, type SearchAnswer, type SearchHit, type SearchResultGroup } from './search-types';
