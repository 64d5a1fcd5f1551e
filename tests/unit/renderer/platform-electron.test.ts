/** The desktop platform over a fake window.api: each call reaches its channel, errors become PlatformError. */
import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES, type IpcResult, type RoundtableApi } from '../../../electron/contract';
import { createElectronPlatform } from '../../../renderer/src/platform/electron';
import { PlatformError, type LockReason } from '../../../renderer/src/platform/types';

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

function fakeApi(overrides: Partial<RoundtableApi> = {}) {
  const unsubscribe = vi.fn();
  const api = {
    appInfo: vi.fn(async () => ok({ version: '1.0.0', osLocale: 'de-DE', platform: 'linux' })),
    saveFile: vi.fn(async () => ok({ status: 'cancelled' as const })),
    printToPdf: vi.fn(async () => ok(new Uint8Array([37]))),
    setLanguage: vi.fn(async () => ok(undefined)),
    backupFolder: vi.fn(async () => ok('/home/u/Backups')),
    chooseBackupFolder: vi.fn(async () => ok({ status: 'chosen' as const, folder: '/home/u/Backups' })),
    writeBackup: vi.fn(async () =>
      ok({
        fileName: 'roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup',
        kind: 'daily' as const,
        createdAt: '2026-12-01T16:42:05.000Z',
        bytes: 3,
        verifiedAt: '2026-12-01T16:42:06.000Z',
        removed: [],
      }),
    ),
    listBackups: vi.fn(async () => ok([])),
    readBackup: vi.fn(async () => ok(new Uint8Array([7, 8, 9]))),
    quickUnlockAvailability: vi.fn(async () => ok({ available: false as const, reason: 'plain-text-store' as const })),
    quickUnlockIsEnabled: vi.fn(async () => ok(true)),
    enableQuickUnlock: vi.fn(async () => ok(undefined)),
    quickUnlock: vi.fn(async () => ok<Uint8Array | null>(new Uint8Array(32).fill(1))),
    disableQuickUnlock: vi.fn(async () => ok(undefined)),
    onLockRequest: vi.fn(() => unsubscribe),
    ...overrides,
  } satisfies RoundtableApi;
  return { api, unsubscribe };
}

describe('desktop platform: backup folder', () => {
  it('reaches each backup channel with what the contract asks', async () => {
    const { api } = fakeApi();
    const backups = createElectronPlatform(api).backups!;
    await expect(backups.folder()).resolves.toBe('/home/u/Backups');
    await expect(backups.chooseFolder()).resolves.toEqual({ status: 'chosen', folder: '/home/u/Backups' });
    const data = new Uint8Array([1, 2, 3]);
    await expect(backups.write({ kind: 'daily', createdAt: '2026-12-01T16:42:05.000Z', data })).resolves.toMatchObject({ bytes: 3, removed: [] });
    expect(api.writeBackup).toHaveBeenCalledWith({ kind: 'daily', createdAt: '2026-12-01T16:42:05.000Z', data });
    await expect(backups.list()).resolves.toEqual([]);
    const read = await backups.read('roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup');
    expect([...read]).toEqual([7, 8, 9]);
    expect(read.buffer).toBeInstanceOf(ArrayBuffer);
    expect(api.readBackup).toHaveBeenCalledWith({ fileName: 'roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup' });
  });

  it("turns main's refusal into a PlatformError with its message", async () => {
    const { api } = fakeApi({
      writeBackup: vi.fn(async () => ({ ok: false as const, error: { code: 'failed' as const, message: 'The disk of the backup folder is full.' } })),
    });
    const failure = createElectronPlatform(api).backups!.write({ kind: 'manual', createdAt: '2026-12-01T16:42:05Z', data: new Uint8Array([1]) });
    await expect(failure).rejects.toBeInstanceOf(PlatformError);
    await expect(failure).rejects.toMatchObject({ code: 'failed', message: 'The disk of the backup folder is full.' });
  });

  it('refuses a backup too large for one IPC message before sending it', async () => {
    const { api } = fakeApi();
    // A view claiming more bytes than the cap, without allocating them.
    const huge = Object.setPrototypeOf({ byteLength: MAX_BACKUP_BYTES + 1 }, Uint8Array.prototype) as Uint8Array<ArrayBuffer>;
    const failure = createElectronPlatform(api).backups!.write({ kind: 'daily', createdAt: '2026-12-01T16:42:05Z', data: huge });
    await expect(failure).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: 'data', message: 'backup is larger than 500 MiB' }] });
    expect(api.writeBackup).not.toHaveBeenCalled();
  });
});

describe('desktop platform: quick unlock', () => {
  it('reaches each quick unlock channel', async () => {
    const { api } = fakeApi();
    const quickUnlock = createElectronPlatform(api).quickUnlock!;
    await expect(quickUnlock.availability()).resolves.toEqual({ available: false, reason: 'plain-text-store' });
    await expect(quickUnlock.isEnabled()).resolves.toBe(true);
    const key = new Uint8Array(32).fill(9);
    await quickUnlock.enable(key);
    expect(api.enableQuickUnlock).toHaveBeenCalledWith({ dataKey: key });
    await expect(quickUnlock.unlock()).resolves.toEqual(new Uint8Array(32).fill(1));
    await quickUnlock.disable();
    expect(api.disableQuickUnlock).toHaveBeenCalled();
  });

  it('gives null when main has no key to give', async () => {
    const { api } = fakeApi({ quickUnlock: vi.fn(async () => ok(null)) });
    await expect(createElectronPlatform(api).quickUnlock!.unlock()).resolves.toBeNull();
  });

  it('passes on an invalid-input refusal with its issues', async () => {
    const { api } = fakeApi({
      enableQuickUnlock: vi.fn(async () => ({
        ok: false as const,
        error: {
          code: 'invalid-input' as const,
          message: 'quick-unlock:enable: dataKey: data key must be 32 bytes',
          issues: [{ path: 'dataKey', message: 'data key must be 32 bytes' }],
        },
      })),
    });
    await expect(createElectronPlatform(api).quickUnlock!.enable(new Uint8Array(3))).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [{ path: 'dataKey', message: 'data key must be 32 bytes' }],
    });
  });
});

describe('desktop platform: lock requests', () => {
  it("subscribes through the bridge and hands back the bridge's unsubscribe", () => {
    const { api, unsubscribe } = fakeApi();
    const listener = vi.fn<(reason: LockReason) => void>();
    const stop = createElectronPlatform(api).onLockRequest(listener);
    expect(api.onLockRequest).toHaveBeenCalledWith(listener);
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });
});
