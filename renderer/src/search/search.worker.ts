/**
 * The one search's index, in a Web Worker: indexing a city's minutes and searching them on
 * every keystroke must not hold up the window. The window reads and decrypts the records and
 * posts them here; this worker keeps them in memory only (no IndexedDB, no storage, no cache)
 * and is terminated when the app locks, which drops everything it held.
 */
import { createSearchIndex } from './search-index';
import type { SearchReply, SearchRequest } from './search-types';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchReply): void;
}
const scope = self as unknown as WorkerScope;
const index = createSearchIndex();

scope.onmessage = ({ data: request }) => {
  switch (request.type) {
    case 'upsert':
      index.upsert(request.documents);
      return;
    case 'remove':
      index.remove(request.ids);
      return;
    case 'query':
      try {
        scope.postMessage({ type: 'answer', seq: request.seq, answer: index.search(request.text) });
      } catch (error) {
        scope.postMessage({ type: 'failed', seq: request.seq, message: error instanceof Error ? error.message : String(error) });
      }
  }
};
