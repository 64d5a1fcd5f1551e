/**
 * Locking from the UI: the vault drops the keys and the gate unmounts every page. What the
 * page left outside React goes too: the browser edition's print frame holds a whole
 * document of minutes until the next print.
 */
import { vault, type LockCause } from '../../storage';
import { forgetSearchTexts } from '../../ui/useSearchText';

export function lockNow(cause: LockCause): void {
  vault.lock(cause);
}

/** Clears what outlives the unmounted pages; the lock screen calls it when it appears. */
export function forgetScreenContents(): void {
  // Search text lives in memory outside the pages (ui/useSearchText): it may name a person.
  forgetSearchTexts();
  for (const frame of document.querySelectorAll('iframe[name="roundtable-print"]')) frame.remove();
}
