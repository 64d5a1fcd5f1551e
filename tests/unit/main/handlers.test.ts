import type { BrowserWindow, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createContractHandlers, type HandlerDeps } from '../../../electron/main/handlers';

function deps(parent: object | null) {
  const dialog = {
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] })),
  };
  const Window = { fromWebContents: vi.fn(() => parent) } as unknown as typeof BrowserWindow;
  const value = {
    app: { getPath: vi.fn(() => '/home/u/Documents') },
    appInfo: { getVersion: () => '0.1.0', getPreferredSystemLanguages: () => [], getLocale: () => 'de', platform: 'linux' },
    dialog,
    BrowserWindow: Window,
    settings: { get: () => ({}), update: vi.fn(async () => {}) },
    applyMenu: vi.fn(),
    safeStorage: {
      isAsyncEncryptionAvailable: vi.fn(async () => true),
      getSelectedStorageBackend: vi.fn(() => 'basic_text'),
      encryptStringAsync: vi.fn(),
      decryptStringAsync: vi.fn(),
    },
  } as unknown as HandlerDeps;
  return { value, dialog };
}

const input = { suggestedName: 'a.csv', data: new Uint8Array(), filters: [] };
const event = { sender: {} as WebContents };

describe('createContractHandlers', () => {
  it('parents the save dialog to the caller window', async () => {
    const parent = { id: 1 };
    const { value, dialog } = deps(parent);
    await createContractHandlers(value).saveFile(input, event as never);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.objectContaining({ defaultPath: expect.stringContaining('a.csv') }));
  });

  it('falls back to an unparented dialog when the caller has no window', async () => {
    const { value, dialog } = deps(null);
    await createContractHandlers(value).saveFile(input, event as never);
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: expect.stringContaining('a.csv') });
  });

  it('answers app:info from the injected app', async () => {
    const { value } = deps(null);
    expect(await createContractHandlers(value).appInfo(undefined, event as never)).toEqual({
      version: '0.1.0',
      osLocale: 'de',
      platform: 'linux',
    });
  });

  it('parents the backup folder dialog to the caller window', async () => {
    const parent = { id: 1 };
    const { value, dialog } = deps(parent);
    await expect(createContractHandlers(value).chooseBackupFolder(undefined, event as never)).resolves.toEqual({ status: 'cancelled' });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(parent, expect.objectContaining({ properties: expect.arrayContaining(['openDirectory']) }));
  });

  it('hands quick unlock the platform and Electron safeStorage', async () => {
    const { value } = deps(null);
    // linux + basic_text: the fake store would keep the key in plain text.
    await expect(createContractHandlers(value).quickUnlockAvailability(undefined, event as never)).resolves.toEqual({
      available: false,
      reason: 'plain-text-store',
    });
  });
});
