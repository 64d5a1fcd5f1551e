import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowOptions, secureWebPreferences } from '../../../electron/main/window';
import { MIN_HEIGHT, MIN_WIDTH } from '../../../electron/main/window-state';

const PRELOAD = '/app/out/preload/index.cjs';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences(PRELOAD);

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
  ] as const)('sets %s to %s', (flag, value) => {
    expect(prefs[flag]).toBe(value);
  });

  it('loads the CommonJS preload bundle', () => {
    expect(prefs.preload).toBe(PRELOAD);
    expect(prefs.preload).toMatch(/preload[/\\]index\.cjs$/);
  });
});

describe('mainWindowOptions', () => {
  it('uses saved bounds, a minimum size, a title and stays hidden until ready', () => {
    const options = mainWindowOptions({ x: 10, y: 20, width: 1000, height: 700, isMaximized: false }, PRELOAD);
    expect(options).toMatchObject({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      minWidth: MIN_WIDTH,
      minHeight: MIN_HEIGHT,
      title: 'Roundtable',
      show: false,
    });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.webPreferences).toEqual(secureWebPreferences(PRELOAD));
  });

  it('leaves out the position when none was saved, so the OS centres the window', () => {
    const options = mainWindowOptions({ width: 1000, height: 700, isMaximized: false }, PRELOAD);
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });
});

describe('createMainWindow', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rt-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function fakeWindow() {
    return Object.assign(new EventEmitter(), {
      loadURL: vi.fn(() => Promise.resolve()),
      show: vi.fn(),
      maximize: vi.fn(),
      isMaximized: vi.fn(() => true),
      getNormalBounds: vi.fn(() => ({ x: 5, y: 6, width: 900, height: 650 })),
    });
  }

  it('loads the URL, shows (and maximizes) on ready-to-show and saves its state on close', async () => {
    const win = fakeWindow();
    const createWindow = vi.fn(() => win as unknown as BrowserWindow);
    const stateFile = join(dir, 'window-state.json');
    createMainWindow({
      createWindow,
      state: { width: 1000, height: 700, isMaximized: true },
      preloadPath: PRELOAD,
      url: 'app://roundtable/index.html',
      stateFile,
      onError: vi.fn(),
    });
    expect(createWindow).toHaveBeenCalledWith(expect.objectContaining({ show: false }));
    expect(win.loadURL).toHaveBeenCalledWith('app://roundtable/index.html');
    expect(win.show).not.toHaveBeenCalled();

    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();

    win.emit('close');
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({
      x: 5,
      y: 6,
      width: 900,
      height: 650,
      isMaximized: true,
    });
  });
});
