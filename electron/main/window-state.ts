/**
 * Remembers the main window's size, position and maximized flag in
 * userData/window-state.json, so the app reopens where the user left it.
 * A missing or corrupt file is never an error: the window just opens with defaults.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomicSync } from './atomic-write';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 820;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent when the window should be centred by the OS. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  width: DEFAULT_WIDTH,
  height: DEFAULT_HEIGHT,
  isMaximized: false,
};

// Scaled displays can report fractional pixels; round rather than reject.
const coordinate = z.number().min(-100_000).max(100_000).transform(Math.round);
const length = z.number().min(1).max(100_000).transform(Math.round);
const stateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: length,
  height: length,
  isMaximized: z.boolean().default(false),
});

/** Parses a saved state; anything unreadable or implausible yields the defaults. */
export function parseWindowState(text: string): WindowState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const result = stateSchema.safeParse(json);
  if (!result.success) return { ...DEFAULT_WINDOW_STATE };
  const { x, y, width, height, isMaximized } = result.data;
  // A position needs both coordinates; half of one is as good as none.
  return x !== undefined && y !== undefined ? { x, y, width, height, isMaximized } : { width, height, isMaximized };
}

export function loadWindowState(file: string): WindowState {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  writeFileAtomicSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** How much of the window (px, each way) must lie on a display for us to keep its position. */
const MIN_VISIBLE = 100;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Makes a saved state fit the displays that exist now (a monitor may have been unplugged).
 * `workAreas` are the displays' work areas, the primary first. The window keeps its position
 * only if a usable part of it is on some display; it is then shrunk to fit that display and
 * moved fully onto it. Otherwise the position is dropped so the OS centres it on the primary.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  const fitSize = (area: Rect | undefined) => ({
    width: Math.max(MIN_WIDTH, area ? Math.min(state.width, area.width) : state.width),
    height: Math.max(MIN_HEIGHT, area ? Math.min(state.height, area.height) : state.height),
  });
  if (state.x === undefined || state.y === undefined) {
    return { ...fitSize(primary), isMaximized: state.isMaximized };
  }
  const rect: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };
  const home = workAreas.find((area) => {
    const o = overlap(rect, area);
    return o.width >= Math.min(MIN_VISIBLE, rect.width) && o.height >= Math.min(MIN_VISIBLE, rect.height);
  });
  if (home === undefined) return { ...fitSize(primary), isMaximized: state.isMaximized };
  const { width, height } = fitSize(home);
  // Pull the window onto the display so its title bar can always be grabbed.
  const x = Math.min(Math.max(state.x, home.x), Math.max(home.x, home.x + home.width - width));
  const y = Math.min(Math.max(state.y, home.y), Math.max(home.y, home.y + home.height - height));
  return { x, y, width, height, isMaximized: state.isMaximized };
}

/** The parts of a BrowserWindow that window-state tracking needs. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/**
 * Saves the window's state when it closes. getNormalBounds gives the un-maximized bounds,
 * so restoring a maximized window later returns it to its previous size. Saved
 * synchronously because the app may quit right after the last window closes.
 */
export function trackWindowState(win: TrackedWindow, file: string, onError: (error: unknown) => void): void {
  win.on('close', () => {
    try {
      const bounds = win.getNormalBounds();
      saveWindowState(file, { ...bounds, isMaximized: win.isMaximized() });
    } catch (error) {
      // Losing the window position is not worth bothering the user about.
      onError(error);
    }
  });
}
