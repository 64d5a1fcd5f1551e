/**
 * Text typed into a list's search field, kept in memory only. Never in the address: the
 * browser writes every address (and page title) into its History and Sessions files, on disk
 * and out of reach of the app's encryption; nor in history.state, sessionStorage or
 * localStorage, which Chromium keeps on disk too. Filters that are codes, ids, dates or page
 * numbers stay in the address (see useUrlQuery, usePageParam).
 *
 * The text lasts while the app is open, so opening a record and coming back finds the list
 * searched as it was left; a reload starts with an empty search.
 */
import { useCallback, useState } from 'react';

const remembered = new Map<string, string>();

/** The search text of one list (`list` names it, e.g. 'meetings'), and its setter. */
export function useSearchText(list: string): [string, (text: string) => void] {
  const [text, setText] = useState(() => remembered.get(list) ?? '');
  const update = useCallback(
    (next: string) => {
      if (next) remembered.set(list, next);
      else remembered.delete(list);
      setText(next);
    },
    [list],
  );
  return [text, update];
}

/** Forgets every list's search text (for locking the app, which drops what was decrypted). */
export function forgetSearchTexts(): void {
  remembered.clear();
}
