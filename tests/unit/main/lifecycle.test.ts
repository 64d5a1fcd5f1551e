/**
 * electron/main/index.ts with the whole `electron` module faked: checks the order of the
 * lifecycle (scheme and sandbox before ready, single-instance lock first) and the wiring.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../electron/channels';

function fakeElectron(options: { gotLock: boolean; isPackaged: boolean; userData: string }) {
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
    webContents = Object.assign(new EventEmitter(), { send: vi.fn(), isDestroyed: () => false });
    loadURL = vi.fn(() => Promise.resolve());
    isDestroyed = () => false;
    constructor(public options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    whenReady: vi.fn(() => whenReady),
    requestSingleInstanceLock: vi.fn(() => options.gotLock),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    getPath: vi.fn(() => options.userData),
    getVersion: () => '0.1.0',
    getName: () => 'Roundtable',
    getLocale: () => 'en-US',
    getPreferredSystemLanguages: () => ['de-DE'],
  });
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  return {
    ready,
    windows,
    module: {
      powerMonitor: new EventEmitter(),
      safeStorage: {
        isAsyncEncryptionAvailable: vi.fn(async () => false),
        encryptStringAsync: vi.fn(),
        decryptStringAsync: vi.fn(),
        getSelectedStorageBackend: vi.fn(() => 'basic_text'),
      },
      app,
      BrowserWindow: FakeWindow,
      dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
      ipcMain: { handle: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      screen: { getPrimaryDisplay: () => ({ workArea }), getAllDisplays: () => [{ workArea }] },
      session: {
        defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setSpellCheckerDictionaryDownloadURL: vi.fn() },
      },
      shell: { openExternal: vi.fn() },
    },
  };
}

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'rt-lifecycle-'));
  vi.resetModules();
});
afterEach(async () => {
  vi.doUnmock('electron');
  vi.unstubAllEnvs();
  await rm(userData, { recursive: true, force: true });
});

async function start(options: { gotLock?: boolean; isPackaged?: boolean } = {}) {
  const fake = fakeElectron({ gotLock: options.gotLock ?? true, isPackaged: options.isPackaged ?? true, userData });
  vi.doMock('electron', () => fake.module);
  await import('../../../electron/main/index');
  return fake;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('main process lifecycle', () => {
  it('registers the app scheme and enforces the sandbox before ready', async () => {
    const fake = await start();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
    expect(fake.module.protocol.handle).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('a second instance quits without binding IPC or opening a window', async () => {
    const fake = await start({ gotLock: false });
    fake.ready();
    await settle();
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.module.app.whenReady).not.toHaveBeenCalled();
    expect(fake.module.ipcMain.handle).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('on ready: guards, app:// handler, IPC, menu and a secure window on app://roundtable', async () => {
    const fake = await start();
    expect(fake.module.app.listenerCount('web-contents-created')).toBe(1);
    fake.ready();
    await settle();
    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    const bound = fake.module.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(bound.sort()).toEqual(Object.values(channels).sort());
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
    // First start follows the OS language (de-DE here).
    expect(fake.module.Menu.buildFromTemplate.mock.calls[0]?.[0]).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Datei' })]));
    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0];
    expect(win?.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
    expect(win?.loadURL).toHaveBeenCalledWith('app://roundtable/index.html');
  });

  it('keeps spellcheck dictionaries off the network, in every session', async () => {
    const fake = await start();
    fake.ready();
    await settle();
    const url = fake.module.session.defaultSession.setSpellCheckerDictionaryDownloadURL.mock.calls[0]?.[0] as string;
    expect(new URL(url).protocol).toBe('file:');
    const printSession = { setSpellCheckerDictionaryDownloadURL: vi.fn() };
    fake.module.app.emit('session-created', printSession);
    expect(printSession.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(url);
  });

  it('asks the main window to lock when the OS suspends or the screen locks', async () => {
    const fake = await start();
    fake.ready();
    await settle();
    const send = fake.windows[0]!.webContents.send;
    fake.module.powerMonitor.emit('suspend');
    fake.module.powerMonitor.emit('lock-screen');
    expect(send.mock.calls).toEqual([
      ['app:lock-requested', 'suspend'],
      ['app:lock-requested', 'lock-screen'],
    ]);
  });

  it('File > Lock asks the main window to lock', async () => {
    const fake = await start();
    fake.ready();
    await settle();
    const template = fake.module.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { submenu?: { accelerator?: string; click?: () => void }[] }[];
    const lock = template.flatMap((menu) => menu.submenu ?? []).find((item) => item.accelerator === 'CmdOrCtrl+L');
    lock?.click?.();
    expect(fake.windows[0]!.webContents.send).toHaveBeenCalledWith('app:lock-requested', 'menu');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const fake = await start({ isPackaged: true });
    fake.ready();
    await settle();
    expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('app://roundtable/index.html');
  });

  it('loads the dev server in development', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const fake = await start({ isPackaged: false });
    fake.ready();
    await settle();
    expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('quits when the last window closes (except on macOS)', async () => {
    const fake = await start();
    fake.module.app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(fake.module.app.quit).not.toHaveBeenCalled();
    else expect(fake.module.app.quit).toHaveBeenCalled();
  });
});
