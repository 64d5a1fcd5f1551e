/**
 * Main's backup folder through the IPC checks (sender, zod), called as the renderer does
 * (renderer/src/platform/electron-backups.ts): a backup larger than one message goes over in
 * chunks of the largest size the contract allows and comes back byte for byte.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../../electron/backup-names';
import { MAX_BACKUP_CHUNK_BYTES, type ApiMethod, type ContractInput, type ContractOutputs, type IpcResult } from '../../../electron/contract';
import { dispatch, type ContractHandlers } from '../../../electron/main/ipc';
import { allowedOrigins } from '../../../electron/main/origins';
import { createBackupService } from '../../../electron/main/services/backups';
import { invokeEvent } from './fakes';

let root: string;
let folder: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'rt-chunks-ipc-'));
  folder = join(root, 'Backups');
  await mkdir(folder);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function desktopBackups(now?: () => Date) {
  const backups = createBackupService({
    settings: { get: () => ({ backupFolder: folder }), update: async () => undefined },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    documentsDir: () => root,
    ...(now ? { now } : {}),
  });
  const handlers: Partial<ContractHandlers> = {
    beginBackupWrite: (input, event) => backups.beginWrite(input, event.sender),
    writeBackupChunk: (input, event) => backups.writeChunk(input, event.sender),
    finishBackupWrite: (input, event) => backups.finishWrite(input, event.sender),
    abortBackupWrite: (input, event) => backups.abortWrite(input, event.sender),
    listBackups: () => backups.list(),
    readBackupChunk: (input) => backups.readChunk(input),
  };
  // One window: the same sender for every call, as Electron gives one WebContents per window.
  const event = invokeEvent('app://roundtable/index.html');
  const deps = { allowedOrigins: allowedOrigins(null), onError: () => undefined };
  return async <M extends keyof typeof handlers & ApiMethod>(method: M, input: ContractInput<M>) => {
    const result = (await dispatch(method, handlers[method] as never, deps, event, [input])) as IpcResult<unknown>;
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as ContractOutputs[M];
  };
}

describe('a backup larger than one IPC message', () => {
  it('is written in chunks of 64 MiB, verified, listed, and read back byte for byte', async () => {
    const call = desktopBackups();
    const data = new Uint8Array(randomBytes(MAX_BACKUP_CHUNK_BYTES + 12_345));
    const sha256 = createHash('sha256').update(data).digest('hex');
    const { uploadId } = await call('beginBackupWrite', {
      kind: 'manual',
      createdAt: '2026-12-01T16:42:05Z',
      bytes: data.byteLength,
      sha256,
      maxAgeMonths: 36,
    });
    const tooBig = new Uint8Array(MAX_BACKUP_CHUNK_BYTES + 1);
    await expect(call('writeBackupChunk', { uploadId, offset: 0, data: tooBig })).rejects.toMatchObject({ code: 'invalid-input' });
    for (let offset = 0; offset < data.byteLength; offset += MAX_BACKUP_CHUNK_BYTES) {
      await call('writeBackupChunk', { uploadId, offset, data: data.slice(offset, offset + MAX_BACKUP_CHUNK_BYTES) });
    }
    const written = await call('finishBackupWrite', { uploadId });
    expect(written).toMatchObject({ kind: 'manual', bytes: data.byteLength, removed: [] });
    expect(await readdir(folder)).toEqual([written.fileName]);
    await expect(call('listBackups', undefined)).resolves.toEqual([expect.objectContaining({ fileName: written.fileName, bytes: data.byteLength })]);

    const first = await call('readBackupChunk', { fileName: written.fileName, offset: 0, length: MAX_BACKUP_CHUNK_BYTES });
    const rest = await call('readBackupChunk', { fileName: written.fileName, offset: MAX_BACKUP_CHUNK_BYTES, length: MAX_BACKUP_CHUNK_BYTES });
    expect([first.fileBytes, rest.fileBytes]).toEqual([data.byteLength, data.byteLength]);
    expect([first.data.byteLength, rest.data.byteLength]).toEqual([MAX_BACKUP_CHUNK_BYTES, 12_345]);
    expect(Buffer.compare(Buffer.concat([first.data, rest.data]), data)).toBe(0);
  });
});

describe('the maximum age a backup write carries', () => {
  const announce = (maxAgeMonths: unknown) => ({ kind: 'daily' as const, createdAt: '2026-12-01T16:42:05Z', bytes: 3, sha256: 'a'.repeat(64), maxAgeMonths });

  it.each([0, 121, 1.5, -12, '36', null, undefined])('is refused unless a whole number of months from 1 to 120: %j', async (maxAgeMonths) => {
    const call = desktopBackups();
    await expect(call('beginBackupWrite', announce(maxAgeMonths) as ContractInput<'beginBackupWrite'>)).rejects.toMatchObject({ code: 'invalid-input' });
    // Refused before main touched the folder: no temp file was opened.
    expect(await readdir(folder)).toEqual([]);
  });

  it('makes the rotation remove backups older than that many months, even the last of a kind', async () => {
    const old = [backupFileName('pre-migration', new Date(2023, 0, 10, 12)), backupFileName('manual', new Date(2026, 5, 10, 12))];
    for (const name of old) await writeFile(join(folder, name), 'x');
    const call = desktopBackups(() => new Date('2026-12-01T16:42:06Z'));
    const data = new Uint8Array([1, 2, 3]);
    const sha256 = createHash('sha256').update(data).digest('hex');
    const { uploadId } = await call('beginBackupWrite', { kind: 'daily', createdAt: '2026-12-01T16:42:05Z', bytes: 3, sha256, maxAgeMonths: 36 });
    await call('writeBackupChunk', { uploadId, offset: 0, data });
    const written = await call('finishBackupWrite', { uploadId });
    expect(written.removed).toEqual([old[0]]);
    expect((await readdir(folder)).sort()).toEqual([old[1], written.fileName].sort());
  });
});
