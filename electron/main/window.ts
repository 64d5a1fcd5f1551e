/**
 * The main window. This is the ONE place webPreferences are set, so a review of the
 * renderer's powers starts and ends here (and tests/unit/main/window.test.ts pins each flag).
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { MIN_HEIGHT, MIN_WIDTH, trackWindowState, type WindowState } from './window-state';

/**
 * The renderer shows highly sensitive personal data, so it gets no Node, no way around
 * the same-origin policy and a separate JS world from preload: a bug in the UI (or in a
 * dependency) must not become access to the file system.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    // Sandboxed renderer: preload may only require('electron'), hence the CJS preload bundle.
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Matches the renderer's background so the window does not flash white while loading. */
export const WINDOW_BACKGROUND = '#f7f7f5';

/** Pure: the options for the main window, from the saved (already clamped) state. */
export function mainWindowOptions(state: WindowState, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Roundtable',
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on ready-to-show, so the user never sees a blank frame.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export interface MainWindowDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  state: WindowState;
  preloadPath: string;
  /** app://roundtable/index.html, or the dev server in development. */
  url: string;
  /** userData/window-state.json */
  stateFile: string;
  onError: (error: unknown) => void;
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const win = deps.createWindow(mainWindowOptions(deps.state, deps.preloadPath));
  win.once('ready-to-show', () => {
    if (deps.state.isMaximized) win.maximize();
    win.show();
  });
  trackWindowState(win, deps.stateFile, deps.onError);
  win.loadURL(deps.url).catch(deps.onError);
  return win;
}
