/** The desktop platform over a fake window.api: each call reaches its channel, errors become PlatformError. */
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_BACKUP_BYTES,
  MAX_BACKUP_CHUNK_BYTES,
  type BackupWritten,
  type ContractInput,
  type IpcResult,
  type RoundtableApi,
} from '../../../electron/contract';
import { createElectronPlatform } from '../../../renderer/src/platform/electron';
import { PlatformError, type LockReason } from '../../../renderer/src/platform/types';

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

const NAME = 'roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup';
const UPLOAD_ID = '0b3c9a54-3f8e-4c41-9d2a-6f1e2b7c8d90';

/** Main's backup channels over one in-memory file, checking what a real main would. */
function memoryMain(stored = new Uint8Array([7, 8, 9])) {
  let file = stored;
  let upload: { bytes: number; sha256: string; parts: Uint8Array[] } | null = null;
  return {
    beginBackupWrite: vi.fn(async ({ bytes, sha256 }: ContractInput<'beginBackupWrite'>) => {
      upload = { bytes, sha256, parts: [] };
      return ok({ uploadId: UPLOAD_ID });
    }),
    writeBackupChunk: vi.fn(async ({ data }: ContractInput<'writeBackupChunk'>) => {
      upload!.parts.push(data);
      return ok(undefined);
    }),
    finishBackupWrite: vi.fn(async () => {
      const whole = new Uint8Array(Buffer.concat(upload!.parts));
      if (whole.byteLength !== upload!.bytes || createHash('sha256').update(whole).digest('hex') !== upload!.sha256) {
        return { ok: false as const, error: { code: 'failed' as const, message: 'mismatch', reason: 'transferFailed' } };
      }
      file = whole;
      const written: BackupWritten = {
        fileName: NAME,
        kind: 'daily',
        createdAt: '2026-12-01T16:42:05.000Z',
        bytes: whole.byteLength,
        verifiedAt: '2026-12-01T16:42:06.000Z',
        removed: [],
      };
      return ok(written);
    }),
    abortBackupWrite: vi.fn(async () => ok(undefined)),
    readBackupChunk: vi.fn(async ({ offset, length }: ContractInput<'readBackupChunk'>) =>
      ok({ data: file.slice(offset, offset + length), fileBytes: file.byteLength }),
    ),
  };
}

function fakeApi(overrides: Partial<RoundtableApi> = {}) {
  const unsubscribe = vi.fn();
  const api = {
    appInfo: vi.fn(async () => ok({ version: '1.0.0', osLocale: 'de-DE', platform: 'linux' })),
    saveFile: vi.fn(async () => ok({ status: 'cancelled' as const })),
    printToPdf: vi.fn(async () => ok(new Uint8Array([37]))),
    setLanguage: vi.fn(async () => ok(undefined)),
    backupFolder: vi.fn(async () => ok('/home/u/Backups')),
    chooseBackupFolder: vi.fn(async () => ok({ status: 'chosen' as const, folder: '/home/u/Backups' })),
    ...memoryMain(),
    listBackups: vi.fn(async () => ok([])),
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
    await expect(backups.write({ kind: 'daily', createdAt: '2026-12-01T16:42:05.000Z', data, maxAgeMonths: 36 })).resolves.toMatchObject({
      bytes: 3,
      removed: [],
    });
    expect(api.beginBackupWrite).toHaveBeenCalledWith({
      kind: 'daily',
      createdAt: '2026-12-01T16:42:05.000Z',
      bytes: 3,
      sha256: '039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81',
      maxAgeMonths: 36,
    });
    expect(api.writeBackupChunk).toHaveBeenCalledWith({ uploadId: UPLOAD_ID, offset: 0, data });
    expect(api.finishBackupWrite).toHaveBeenCalledWith({ uploadId: UPLOAD_ID });
    expect(api.abortBackupWrite).not.toHaveBeenCalled();
    await expect(backups.list()).resolves.toEqual([]);
    const read = await backups.read(NAME);
    expect([...read]).toEqual([1, 2, 3]);
    expect(read.buffer).toBeInstanceOf(ArrayBuffer);
    expect(api.readBackupChunk).toHaveBeenCalledWith({ fileName: NAME, offset: 0, length: MAX_BACKUP_CHUNK_BYTES });
  });

  it('sends a backup larger than one message in chunks of at most 64 MiB, each its own buffer, and reads it back byte for byte', async () => {
    const { api } = fakeApi();
    const backups = createElectronPlatform(api).backups!;
    const data = new Uint8Array(randomBytes(2 * MAX_BACKUP_CHUNK_BYTES + 1000));
    await expect(backups.write({ kind: 'daily', createdAt: '2026-12-01T16:42:05Z', data, maxAgeMonths: 36 })).resolves.toMatchObject({
      bytes: data.byteLength,
    });
    const sent = vi.mocked(api.writeBackupChunk).mock.calls.map(([input]) => input);
    expect(sent.map((input) => input.offset)).toEqual([0, MAX_BACKUP_CHUNK_BYTES, 2 * MAX_BACKUP_CHUNK_BYTES]);
    // A view's whole buffer travels with it, so each chunk must own a buffer no larger than itself.
    for (const input of sent) expect(input.data.buffer.byteLength).toBeLessThanOrEqual(MAX_BACKUP_CHUNK_BYTES);
    const read = await backups.read(NAME);
    expect(Buffer.compare(read, data)).toBe(0);
    expect(api.readBackupChunk).toHaveBeenCalledTimes(3);
  });

  it('aborts the upload when a chunk is refused, and passes the refusal on', async () => {
    const { api } = fakeApi({
      writeBackupChunk: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'failed' as const, message: 'The disk of the backup folder is full.', reason: 'diskFull' },
      })),
    });
    const failure = createElectronPlatform(api).backups!.write({
      kind: 'manual',
      createdAt: '2026-12-01T16:42:05Z',
      data: new Uint8Array([1]),
      maxAgeMonths: 36,
    });
    await expect(failure).rejects.toBeInstanceOf(PlatformError);
    await expect(failure).rejects.toMatchObject({ code: 'failed', message: 'The disk of the backup folder is full.', reason: 'diskFull' });
    expect(api.abortBackupWrite).toHaveBeenCalledWith({ uploadId: UPLOAD_ID });
    expect(api.finishBackupWrite).not.toHaveBeenCalled();
  });

  it('refuses a backup over the 4 GiB cap before sending anything', async () => {
    const { api } = fakeApi();
    // A view claiming more bytes than the cap, without allocating them.
    const huge = Object.setPrototypeOf({ byteLength: MAX_BACKUP_BYTES + 1 }, Uint8Array.prototype) as Uint8Array<ArrayBuffer>;
    const failure = createElectronPlatform(api).backups!.write({ kind: 'daily', createdAt: '2026-12-01T16:42:05Z', data: huge, maxAgeMonths: 36 });
    await expect(failure).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: 'data', message: 'backup is larger than 4 GiB' }] });
    expect(api.beginBackupWrite).not.toHaveBeenCalled();
  });

  it('notices a file that changed between its chunks', async () => {
    const first = new Uint8Array(MAX_BACKUP_CHUNK_BYTES);
    const { api } = fakeApi({
      readBackupChunk: vi
        .fn()
        .mockResolvedValueOnce(ok({ data: first, fileBytes: MAX_BACKUP_CHUNK_BYTES + 10 }))
        .mockResolvedValueOnce(ok({ data: new Uint8Array(5), fileBytes: 5 })),
    });
    await expect(createElectronPlatform(api).backups!.read(NAME)).rejects.toMatchObject({ code: 'failed', reason: 'fileChanged' });
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
