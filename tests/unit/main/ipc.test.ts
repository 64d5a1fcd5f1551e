import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channels, MAX_PRINT_HTML_CHARS, type IpcResult } from '../../../electron/contract';
import { bindContract, type ContractHandlers } from '../../../electron/main/ipc';
import { allowedOrigins } from '../../../electron/main/origins';
import { invokeEvent } from './fakes';
import { BACKUP_MESSAGES, BackupError } from '../../../electron/main/services/backups';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>;

function setup(overrides: Partial<ContractHandlers> = {}, devUrl: string | null = null) {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: vi.fn((channel: string, listener: Listener) => listeners.set(channel, listener)) };
  const handlers: ContractHandlers = {
    appInfo: vi.fn(() => ({ version: '1.2.3', osLocale: 'de-DE', platform: 'linux' })),
    saveFile: vi.fn(async () => ({ status: 'saved' as const, fileName: 'x.csv' })),
    printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    setLanguage: vi.fn(async () => undefined),
    backupFolder: vi.fn(async () => null),
    chooseBackupFolder: vi.fn(async () => ({ status: 'cancelled' as const })),
    beginBackupWrite: vi.fn(async () => ({ uploadId: '0b3c9a54-3f8e-4c41-9d2a-6f1e2b7c8d90' })),
    writeBackupChunk: vi.fn(async () => undefined),
    finishBackupWrite: vi.fn(async () => {
      throw new Error('not in this test');
    }),
    abortBackupWrite: vi.fn(async () => undefined),
    listBackups: vi.fn(async () => []),
    readBackupChunk: vi.fn(async () => ({ data: new Uint8Array([1]), fileBytes: 1 })),
    quickUnlockAvailability: vi.fn(async () => ({ available: true as const })),
    quickUnlockIsEnabled: vi.fn(async () => false),
    enableQuickUnlock: vi.fn(async () => undefined),
    quickUnlock: vi.fn(async () => null),
    disableQuickUnlock: vi.fn(async () => undefined),
    ...overrides,
  };
  const onError = vi.fn();
  bindContract(ipcMain as unknown as IpcMain, handlers, { allowedOrigins: allowedOrigins(devUrl), onError });
  const call = (channel: string, event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { handlers, call, onError, listeners };
}

const app = () => invokeEvent('app://roundtable/index.html');
const validSave = { suggestedName: 'referrals.csv', data: new Uint8Array([1, 2]), filters: [] };

describe('bindContract', () => {
  it('binds exactly one handler per contract channel', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.values(channels).sort());
  });

  it('passes a valid call through and wraps the value', async () => {
    const { call, handlers } = setup();
    await expect(call(channels.appInfo, app(), undefined)).resolves.toEqual({
      ok: true,
      value: { version: '1.2.3', osLocale: 'de-DE', platform: 'linux' },
    });
    await expect(call(channels.setLanguage, app(), { language: 'de' })).resolves.toEqual({ ok: true, value: undefined });
    expect(handlers.setLanguage).toHaveBeenCalledWith({ language: 'de' }, expect.anything());
  });

  it('hands the handler the parsed input, with defaults applied', async () => {
    const { call, handlers } = setup();
    await call(channels.printToPdf, app(), { html: '<p>x</p>' });
    expect(handlers.printToPdf).toHaveBeenCalledWith({ html: '<p>x</p>', pageSize: 'A4', landscape: false }, expect.anything());
  });
});

describe('sender check', () => {
  it.each([
    ['another origin', invokeEvent('https://evil.example/')],
    ['a look-alike origin', invokeEvent('app://roundtable.evil/index.html')],
    ['a file: page', invokeEvent('file:///tmp/index.html')],
    ['a subframe of the app', invokeEvent('app://roundtable/frame.html', { subframe: true })],
    ['a destroyed frame', invokeEvent(null)],
    ['the dev server when not in development', invokeEvent('http://localhost:5173/')],
  ])('rejects %s with forbidden-sender, without calling the handler', async (_case, event) => {
    const { call, handlers } = setup();
    const result = await call(channels.setLanguage, event, { language: 'de' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers.setLanguage).not.toHaveBeenCalled();
  });

  it('accepts the dev server origin in development', async () => {
    const { call } = setup({}, 'http://localhost:5173');
    const result = await call(channels.setLanguage, invokeEvent('http://localhost:5173/'), { language: 'en' });
    expect(result.ok).toBe(true);
  });
});

describe('input validation', () => {
  it.each([
    ['wrong type', channels.setLanguage, { language: 42 }, 'language'],
    ['unknown language', channels.setLanguage, { language: 'fr' }, 'language'],
    ['extra key', channels.setLanguage, { language: 'de', admin: true }, ''],
    ['missing object', channels.setLanguage, undefined, ''],
    ['input where none is expected', channels.appInfo, { x: 1 }, ''],
    ['path separator in suggestedName', channels.saveFile, { ...validSave, suggestedName: '../../.bashrc' }, 'suggestedName'],
    ['backslash in suggestedName', channels.saveFile, { ...validSave, suggestedName: '..\\evil.exe' }, 'suggestedName'],
    ['dot-dot as suggestedName', channels.saveFile, { ...validSave, suggestedName: '..' }, 'suggestedName'],
    ['data that is not bytes', channels.saveFile, { ...validSave, data: 'text' }, 'data'],
    ['dotted extension', channels.saveFile, { ...validSave, filters: [{ name: 'CSV', extensions: ['.csv'] }] }, 'filters.0.extensions.0'],
    ['oversized HTML', channels.printToPdf, { html: 'x'.repeat(MAX_PRINT_HTML_CHARS + 1) }, 'html'],
    ['unknown page size', channels.printToPdf, { html: '<p/>', pageSize: 'A0' }, 'pageSize'],
  ])('rejects %s as invalid-input with issues', async (_case, channel, input, path) => {
    const { call, handlers } = setup();
    const result = await call(channel, app(), input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toContain(channel);
    expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(result.error.issues?.map((issue) => issue.path)).toContain(path);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('rejects an oversized file', async () => {
    const { call } = setup();
    const huge = new Uint8Array(100 * 1024 * 1024 + 1);
    const result = await call(channels.saveFile, app(), { ...validSave, data: huge });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'data' }] } });
  });

  it('rejects more than one argument', async () => {
    const { call } = setup();
    const result = await call(channels.setLanguage, app(), { language: 'de' }, 'extra');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('handler failures', () => {
  it('turns a thrown error into failed, and reports it', async () => {
    const { call, onError } = setup({
      saveFile: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    const result = await call(channels.saveFile, app(), validSave);
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'ENOSPC: no space left on device' } });
    expect(onError).toHaveBeenCalledWith(channels.saveFile, expect.any(Error));
  });

  it('passes on the known cause of a backup failure, so the renderer can say it in the user’s language', async () => {
    const { call } = setup({
      listBackups: async () => {
        throw new BackupError(BACKUP_MESSAGES.diskFull);
      },
    });
    await expect(call(channels.listBackups, app(), undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: BACKUP_MESSAGES.diskFull, reason: 'diskFull' },
    });
  });

  it('survives a synchronous throw of a non-Error', async () => {
    const { call } = setup({
      appInfo: () => {
        throw 'boom';
      },
    });
    await expect(call(channels.appInfo, app(), undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'boom' },
    });
  });
});
