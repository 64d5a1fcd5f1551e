/**
 * The answer of the one search to what is typed, from the search worker. The latest answer
 * stays shown until the next one arrives (no flicker while typing); an answer to older text
 * that arrives late is dropped. Asked again once the index is complete, so results found
 * while it was still being built are completed.
 */
import { useEffect, useState } from 'react';
import { searchService, useSearchStatus, type SearchAnswer } from '../../search';

export function useSearchAnswer(text: string): { answer: SearchAnswer | null; failed: boolean } {
  const status = useSearchStatus();
  const [state, setState] = useState<{ answer: SearchAnswer | null; failed: boolean }>({ answer: null, failed: false });
  const blank = text.trim() === '';
  useEffect(() => {
    if (blank) return;
    let current = true;
    searchService.search(text).then(
      (answer) => current && setState({ answer, failed: false }),
      () => current && setState({ answer: null, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [text, blank, status.state]);
  if (blank) return { answer: null, failed: false };
  return { answer: state.answer, failed: state.failed || status.state === 'failed' };
}
