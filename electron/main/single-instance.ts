/**
 * One running Roundtable at a time. Two instances would open the same IndexedDB from two
 * processes and could overwrite each other's changes; a second launch instead brings the
 * first window to the front.
 */
import type { App } from 'electron';

/** The parts of a BrowserWindow needed to bring it back. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function focusWindow(win: FocusableWindow | null): void {
  if (win === null || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * Takes the single-instance lock. Returns false (and asks the app to quit) when another
 * instance holds it; the caller must then start nothing else.
 */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>, getMainWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusWindow(getMainWindow()));
  return true;
}
