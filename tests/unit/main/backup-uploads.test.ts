/** Backups received in chunks: whole files only, in order, checked, and never a temp file left behind. */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from '../../../electron/backup-names';
import { BACKUP_MESSAGES, createBackupService, type BackupService } from '../../../electron/main/services/backups';
import { readInChunks, sha256Hex, writeInChunks } from './backup-helpers';

let root: string;
let folder: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'rt-uploads-'));
  folder = join(root, 'Backups');
  await mkdir(folder);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const createdAt = '2026-12-01T16:42:05Z';
const fileName = 'roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup';
const windowA = { window: 'a' };
const windowB = { window: 'b' };

function service(uploadIdleMs?: number): BackupService {
  return createBackupService({
    settings: { get: () => ({ backupFolder: folder }), update: async () => undefined },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    documentsDir: () => '/home/u/Documents',
    now: () => new Date(),
    ...(uploadIdleMs === undefined ? {} : { uploadIdleMs }),
  });
}

async function begin(backups: BackupService, data: Uint8Array, sender: object = windowA, sha256 = sha256Hex(data)) {
  const { uploadId } = await backups.beginWrite({ kind: 'daily', createdAt, bytes: data.byteLength, sha256, maxAgeMonths: 36 }, sender);
  return uploadId;
}

const partials = async () => (await readdir(folder)).filter((name) => name.endsWith('.partial'));
const transferFailed = { reason: 'transferFailed', message: BACKUP_MESSAGES.transferFailed };

describe('a backup in chunks', () => {
  it('round-trips a file of many chunks byte for byte, and leaves only the backup', async () => {
    const backups = service();
    const data = new Uint8Array(randomBytes(1024 * 1024 + 17));
    const written = await writeInChunks(backups, { kind: 'daily', createdAt, data }, { chunkBytes: 64 * 1024 });
    expect(written).toMatchObject({ fileName, bytes: data.byteLength, removed: [] });
    expect(Buffer.compare(await readFile(join(folder, fileName)), data)).toBe(0);
    expect(Buffer.compare(await readInChunks(backups, fileName, 100_000), data)).toBe(0);
    expect(await readdir(folder)).toEqual([fileName]);
  });

  it('receives into a hidden temp file, private to the user, that the listing does not show', async () => {
    const backups = service();
    const data = new Uint8Array([1, 2, 3, 4]);
    const uploadId = await begin(backups, data);
    await backups.writeChunk({ uploadId, offset: 0, data: data.slice(0, 2) }, windowA);
    expect(await partials()).toEqual([`.roundtable-backup-${uploadId}.partial`]);
    if (process.platform !== 'win32') expect((await stat(join(folder, `.roundtable-backup-${uploadId}.partial`))).mode & 0o777).toBe(0o600);
    await expect(backups.list()).resolves.toEqual([]);
  });

  it('refuses a chunk out of order, and one past the announced end, and keeps the upload as it was', async () => {
    const backups = service();
    const data = new Uint8Array([1, 2, 3, 4, 5, 6]);
    const uploadId = await begin(backups, data);
    await expect(backups.writeChunk({ uploadId, offset: 3, data: data.slice(3) }, windowA)).rejects.toMatchObject(transferFailed);
    await backups.writeChunk({ uploadId, offset: 0, data: data.slice(0, 3) }, windowA);
    await expect(backups.writeChunk({ uploadId, offset: 0, data: data.slice(0, 3) }, windowA)).rejects.toMatchObject(transferFailed);
    await expect(backups.writeChunk({ uploadId, offset: 3, data: new Uint8Array([4, 5, 6, 7]) }, windowA)).rejects.toMatchObject(transferFailed);
    await backups.writeChunk({ uploadId, offset: 3, data: data.slice(3) }, windowA);
    await expect(backups.writeChunk({ uploadId, offset: 6, data: new Uint8Array([7]) }, windowA)).rejects.toMatchObject(transferFailed);
    await expect(backups.finishWrite({ uploadId }, windowA)).resolves.toMatchObject({ fileName, bytes: 6 });
    expect([...(await readFile(join(folder, fileName)))]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("refuses an unknown upload id, and another window's", async () => {
    const backups = service();
    const data = new Uint8Array([1, 2, 3]);
    const uploadId = await begin(backups, data, windowA);
    const unknown = '0b3c9a54-3f8e-4c41-9d2a-6f1e2b7c8d90';
    await expect(backups.writeChunk({ uploadId: unknown, offset: 0, data }, windowA)).rejects.toMatchObject(transferFailed);
    await expect(backups.writeChunk({ uploadId, offset: 0, data }, windowB)).rejects.toMatchObject(transferFailed);
    await expect(backups.finishWrite({ uploadId }, windowB)).rejects.toMatchObject(transferFailed);
    await backups.abortWrite({ uploadId }, windowB); // not B's to abort: nothing happens
    expect(await partials()).toHaveLength(1);
    await backups.writeChunk({ uploadId, offset: 0, data }, windowA);
    await expect(backups.finishWrite({ uploadId }, windowA)).resolves.toMatchObject({ bytes: 3 });
  });

  it('leaves neither a backup nor a temp file when the bytes do not match the announced checksum', async () => {
    const backups = service();
    const data = new Uint8Array([1, 2, 3]);
    const uploadId = await begin(backups, data, windowA, sha256Hex(new Uint8Array([1, 2, 4])));
    await backups.writeChunk({ uploadId, offset: 0, data }, windowA);
    await expect(backups.finishWrite({ uploadId }, windowA)).rejects.toMatchObject(transferFailed);
    expect(await readdir(folder)).toEqual([]);
    // The upload is over: finishing again is refused too.
    await expect(backups.finishWrite({ uploadId }, windowA)).rejects.toMatchObject(transferFailed);
  });

  it('leaves nothing when finished before all announced bytes arrived', async () => {
    const backups = service();
    const data = new Uint8Array([1, 2, 3, 4]);
    const uploadId = await begin(backups, data);
    await backups.writeChunk({ uploadId, offset: 0, data: data.slice(0, 2) }, windowA);
    await expect(backups.finishWrite({ uploadId }, windowA)).rejects.toMatchObject(transferFailed);
    expect(await readdir(folder)).toEqual([]);
  });

  it('removes the temp file on abort; aborting again, or an unknown id, is harmless', async () => {
    const backups = service();
    const data = new Uint8Array([1, 2, 3]);
    const uploadId = await begin(backups, data);
    await backups.writeChunk({ uploadId, offset: 0, data: data.slice(0, 1) }, windowA);
    await backups.abortWrite({ uploadId }, windowA);
    expect(await readdir(folder)).toEqual([]);
    await expect(backups.abortWrite({ uploadId }, windowA)).resolves.toBeUndefined();
    await expect(backups.writeChunk({ uploadId, offset: 1, data: data.slice(1) }, windowA)).rejects.toMatchObject(transferFailed);
  });

  it('gives up an upload that stops sending, and removes its temp file', async () => {
    const backups = service(40);
    const data = new Uint8Array([1, 2, 3]);
    const uploadId = await begin(backups, data);
    await backups.writeChunk({ uploadId, offset: 0, data: data.slice(0, 1) }, windowA);
    expect(await partials()).toHaveLength(1);
    await vi.waitFor(async () => expect(await readdir(folder)).toEqual([]), { timeout: 2000, interval: 20 });
    await expect(backups.writeChunk({ uploadId, offset: 1, data: data.slice(1) }, windowA)).rejects.toMatchObject(transferFailed);
  });

  it('gives up the previous upload of a window that begins a new one (e.g. after a reload)', async () => {
    const backups = service();
    const data = new Uint8Array([1, 2, 3]);
    const first = await begin(backups, data);
    const second = await begin(backups, data);
    expect(await partials()).toEqual([`.roundtable-backup-${second}.partial`]);
    await expect(backups.writeChunk({ uploadId: first, offset: 0, data }, windowA)).rejects.toMatchObject(transferFailed);
  });

  it('sweeps temp files a crash left behind once they are a day old, and nothing else', async () => {
    const stale = '.roundtable-backup-11111111-2222-4333-8444-555555555555.partial';
    const fresh = '.roundtable-backup-66666666-7777-4888-8999-aaaaaaaaaaaa.partial';
    for (const name of [stale, fresh, 'notes.partial']) await writeFile(join(folder, name), 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await utimes(join(folder, stale), twoDaysAgo, twoDaysAgo);
    await utimes(join(folder, 'notes.partial'), twoDaysAgo, twoDaysAgo);
    const backups = service();
    await writeInChunks(backups, { kind: 'daily', createdAt, data: new Uint8Array([1]) });
    expect((await readdir(folder)).sort()).toEqual([fresh, 'notes.partial', fileName].sort());
  });

  it('rotates once per finished write: not while chunks arrive, and not for a refused one', async () => {
    const old = Array.from({ length: 40 }, (_, index) => backupFileName('daily', new Date(Date.UTC(2026, 10, 30 - index, 12))));
    for (const name of old) await writeFile(join(folder, name), 'x');
    const backups = service();
    const data = new Uint8Array([1, 2, 3, 4]);

    const refused = await begin(backups, data, windowA, sha256Hex(new Uint8Array([9])));
    await backups.writeChunk({ uploadId: refused, offset: 0, data }, windowA);
    await expect(backups.finishWrite({ uploadId: refused }, windowA)).rejects.toMatchObject(transferFailed);
    expect(await readdir(folder)).toHaveLength(40);

    const uploadId = await begin(backups, data);
    await backups.writeChunk({ uploadId, offset: 0, data: data.slice(0, 2) }, windowA);
    await backups.writeChunk({ uploadId, offset: 2, data: data.slice(2) }, windowA);
    expect((await readdir(folder)).filter((name) => old.includes(name))).toHaveLength(40);
    const written = await backups.finishWrite({ uploadId }, windowA);
    expect(written.removed.length).toBeGreaterThan(20);
    expect((await readdir(folder)).sort()).toEqual([...old.filter((name) => !written.removed.includes(name)), fileName].sort());
  });
});
