import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clampToDisplays, DEFAULT_WINDOW_STATE, loadWindowState, MIN_HEIGHT, MIN_WIDTH, saveWindowState } from '../../../electron/main/window-state';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rt-state-'));
  file = join(dir, 'window-state.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadWindowState / saveWindowState', () => {
  it('returns the defaults when there is no file yet', () => {
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['not JSON', '{"width": 10'],
    ['wrong types', '{"width": "wide", "height": 700}'],
    ['absurd sizes', '{"width": -5, "height": 1e12}'],
    ['a JSON array', '[1, 2, 3]'],
    ['null', 'null'],
  ])('returns the defaults for a corrupt file (%s)', async (_case, text) => {
    await writeFile(file, text);
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('round-trips a saved state and leaves no temp file behind', async () => {
    const state = { x: 40, y: 50, width: 1111, height: 777, isMaximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('drops a position with only one coordinate', async () => {
    await writeFile(file, JSON.stringify({ x: 40, width: 1000, height: 700, isMaximized: false }));
    expect(loadWindowState(file)).toEqual({ width: 1000, height: 700, isMaximized: false });
  });
});

describe('clampToDisplays', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const right = { x: 1920, y: 0, width: 1280, height: 984 };

  it('keeps a window that is on a display', () => {
    const state = { x: 100, y: 80, width: 1200, height: 800, isMaximized: false };
    expect(clampToDisplays(state, [primary, right])).toEqual(state);
  });

  it('keeps a window on a secondary display', () => {
    const state = { x: 2000, y: 50, width: 1000, height: 700, isMaximized: true };
    expect(clampToDisplays(state, [primary, right])).toEqual(state);
  });

  it('drops the position of a window on a display that is gone, so it opens centred', () => {
    const state = { x: 2000, y: 50, width: 1000, height: 700, isMaximized: false };
    expect(clampToDisplays(state, [primary])).toEqual({ width: 1000, height: 700, isMaximized: false });
  });

  it('pulls a window hanging off the edge back onto its display', () => {
    const result = clampToDisplays({ x: 1700, y: -300, width: 1000, height: 700, isMaximized: false }, [primary]);
    expect(result).toEqual({ x: 920, y: 0, width: 1000, height: 700, isMaximized: false });
  });

  it('shrinks a window larger than its display, but never below the minimum size', () => {
    const small = { x: 0, y: 0, width: 1024, height: 600 };
    expect(clampToDisplays({ x: 0, y: 0, width: 3000, height: 2000, isMaximized: false }, [small])).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 600,
      isMaximized: false,
    });
    const tiny = { x: 0, y: 0, width: 640, height: 480 };
    const result = clampToDisplays({ x: 0, y: 0, width: 3000, height: 2000, isMaximized: false }, [tiny]);
    expect(result.width).toBe(MIN_WIDTH);
    expect(result.height).toBe(MIN_HEIGHT);
  });

  it('fits a window without a position to the primary display', () => {
    expect(clampToDisplays({ width: 5000, height: 5000, isMaximized: false }, [primary, right])).toEqual({
      width: 1920,
      height: 1040,
      isMaximized: false,
    });
  });
});
