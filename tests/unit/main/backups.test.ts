import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenDialogReturnValue, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, type BackupKind } from '../../../electron/backup-names';
import { nodeBackupFileSystem, type BackupFileSystem } from '../../../electron/main/services/backup-files';
import { BACKUP_MESSAGES, createBackupService, type BackupDeps } from '../../../electron/main/services/backups';
import { readInChunks, writeInChunks } from './backup-helpers';
import type { MainSettings, SettingsStore } from '../../../electron/main/services/settings';

let root: string;
let folder: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'rt-backups-'));
  folder = join(root, 'Backups');
  await mkdir(folder);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function memorySettings(initial: MainSettings = {}): SettingsStore & { update: ReturnType<typeof vi.fn> } {
  let current = { ...initial };
  return {
    get: () => ({ ...current }),
    update: vi.fn(async (patch: Partial<MainSettings>) => {
      current = { ...current, ...patch };
    }),
  };
}

const sender = {} as WebContents;
const NOW = new Date('2026-12-01T16:42:07.000Z');

function service(options: { settings?: SettingsStore; files?: Partial<BackupFileSystem>; dialog?: OpenDialogReturnValue } = {}) {
  const showOpenDialog = vi.fn<BackupDeps['showOpenDialog']>(async () => options.dialog ?? { canceled: true, filePaths: [] });
  const settings = options.settings ?? memorySettings({ backupFolder: folder });
  const backups = createBackupService({
    settings,
    showOpenDialog,
    documentsDir: () => '/home/u/Documents',
    now: () => NOW,
    files: { ...nodeBackupFileSystem, ...options.files },
  });
  return { backups, showOpenDialog, settings };
}

const bytes = (...values: number[]) => new Uint8Array(values);
const request = (createdAt = '2026-12-01T16:42:05.123Z', kind: BackupKind = 'daily', data = bytes(1, 2, 3, 4)) => ({ kind, createdAt, data });

function osError(code: string): Error {
  return Object.assign(new Error(`${code}: something at /secret/path`), { code });
}

describe('choosing the backup folder', () => {
  it('opens a folder dialog (new folders allowed) in Documents the first time', async () => {
    const { backups, showOpenDialog } = service({ settings: memorySettings() });
    await expect(backups.folder()).resolves.toBeNull();
    await expect(backups.chooseFolder(sender)).resolves.toEqual({ status: 'cancelled' });
    expect(showOpenDialog).toHaveBeenCalledWith(sender, {
      defaultPath: '/home/u/Documents',
      properties: expect.arrayContaining(['openDirectory', 'createDirectory']),
    });
  });

  it('remembers the chosen folder in the settings', async () => {
    const settings = memorySettings();
    const { backups } = service({ settings, dialog: { canceled: false, filePaths: [folder] } });
    await expect(backups.chooseFolder(sender)).resolves.toEqual({ status: 'chosen', folder });
    expect(settings.update).toHaveBeenCalledWith({ backupFolder: folder });
    await expect(backups.folder()).resolves.toBe(folder);
  });

  it('does not hold up a backup while the dialog is open', async () => {
    const settings = memorySettings({ backupFolder: folder });
    const backups = createBackupService({
      settings,
      showOpenDialog: () => new Promise(() => undefined), // the coordinator is still choosing
      documentsDir: () => '/home/u/Documents',
      now: () => NOW,
    });
    void backups.chooseFolder(sender);
    await expect(writeInChunks(backups, request())).resolves.toMatchObject({ kind: 'daily' });
  });

  it('refuses a folder it may not write to, and keeps the old one', async () => {
    const settings = memorySettings({ backupFolder: folder });
    const other = join(root, 'ReadOnly');
    await mkdir(other);
    const { backups } = service({
      settings,
      dialog: { canceled: false, filePaths: [other] },
      files: { assertWritable: async () => Promise.reject(osError('EACCES')) },
    });
    await expect(backups.chooseFolder(sender)).rejects.toThrow(BACKUP_MESSAGES.noWritePermission);
    expect(settings.update).not.toHaveBeenCalled();
    await expect(backups.folder()).resolves.toBe(folder);
  });
});

describe('writing a backup', () => {
  it('writes the bytes under a name with the time and kind, private to the user, and reports it verified', async () => {
    const { backups } = service();
    const written = await writeInChunks(backups, request());
    const fileName = 'roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup';
    expect(written).toEqual({
      fileName,
      kind: 'daily',
      createdAt: '2026-12-01T16:42:05.000Z',
      bytes: 4,
      verifiedAt: NOW.toISOString(),
      removed: [],
    });
    expect([...(await readFile(join(folder, fileName)))]).toEqual([1, 2, 3, 4]);
    if (process.platform !== 'win32') expect((await stat(join(folder, fileName))).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual([fileName]);
  });

  it('deletes the file and fails when it reads back different from what was sent', async () => {
    const { backups } = service({ files: { sha256OfFile: async () => Buffer.alloc(32, 7) } });
    await expect(writeInChunks(backups, request())).rejects.toThrow(BACKUP_MESSAGES.verifyFailed);
    expect(await readdir(folder)).toEqual([]);
  });

  it('catches a drive that silently changes bytes (a real read-back, not the bytes in memory)', async () => {
    const { backups } = service({
      files: {
        createPartial: async (path) => {
          const file = await nodeBackupFileSystem.createPartial(path);
          return {
            ...file,
            write: async (data, position) => {
              const corrupted = new Uint8Array(data);
              corrupted[0] = (corrupted[0] ?? 0) ^ 0xff;
              await file.write(corrupted, position);
            },
          };
        },
      },
    });
    await expect(writeInChunks(backups, request())).rejects.toThrow(BACKUP_MESSAGES.verifyFailed);
    expect(await readdir(folder)).toEqual([]);
  });

  it.each([
    ['ENOSPC', BACKUP_MESSAGES.diskFull],
    ['EDQUOT', BACKUP_MESSAGES.diskFull],
    ['EACCES', BACKUP_MESSAGES.noWritePermission],
    ['EROFS', BACKUP_MESSAGES.noWritePermission],
    ['EIO', 'The backup could not be written (EIO).'],
  ])('turns %s into a message the coordinator can act on, without the path', async (code, message) => {
    const { backups } = service({ files: { createPartial: async () => Promise.reject(osError(code)) } });
    const failure = writeInChunks(backups, request());
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.not.toThrow('/secret/path');
  });

  it('says so when no folder is chosen yet', async () => {
    const { backups } = service({ settings: memorySettings() });
    await expect(writeInChunks(backups, request())).rejects.toThrow(BACKUP_MESSAGES.noFolder);
  });

  it('says so when the folder is gone (moved, or a drive not connected)', async () => {
    await rm(folder, { recursive: true });
    const { backups } = service();
    await expect(writeInChunks(backups, request())).rejects.toThrow(BACKUP_MESSAGES.folderGone);
    await expect(backups.list()).rejects.toThrow(BACKUP_MESSAGES.folderGone);
  });

  it('rotates old backups, reports what it removed, and leaves other files alone', async () => {
    // 40 daily backups, one a day at noon UTC, the newest yesterday.
    const old = Array.from({ length: 40 }, (_, index) => backupFileName('daily', new Date(Date.UTC(2026, 10, 30 - index, 12))));
    for (const name of old) await writeFile(join(folder, name), 'x');
    await writeFile(join(folder, 'notes.txt'), 'mine');
    await writeFile(join(folder, `${old[39]}.1234567`), 'a temp file of an interrupted write');
    const { backups } = service();
    const written = await writeInChunks(backups, request());
    expect(written.removed.length).toBeGreaterThan(20);
    expect(written.removed).not.toContain(written.fileName);
    const left = await readdir(folder);
    for (const name of written.removed) expect(left).not.toContain(name);
    expect(left).toEqual(expect.arrayContaining([written.fileName, 'notes.txt', `${old[39]}.1234567`]));
    // The six newest old ones make the last 7 days with today's.
    expect(left).toEqual(expect.arrayContaining(old.slice(0, 6)));
  });

  it('still succeeds when an old backup cannot be removed', async () => {
    const old = Array.from({ length: 10 }, (_, index) => backupFileName('manual', new Date(Date.UTC(2026, 10, 20 - index, 12))));
    for (const name of old) await writeFile(join(folder, name), 'x');
    const { backups } = service({ files: { unlink: async () => Promise.reject(osError('EPERM')) } });
    await expect(writeInChunks(backups, request('2026-12-01T16:42:05Z', 'daily'))).resolves.toMatchObject({ removed: [] });
  });

  it('writes one backup at a time', async () => {
    const { backups } = service();
    const [a, b] = await Promise.all([
      writeInChunks(backups, request('2026-12-01T10:00:00Z', 'manual'), { sender: { window: 'one' } }),
      writeInChunks(backups, request('2026-12-01T10:00:01Z', 'manual'), { sender: { window: 'two' } }),
    ]);
    expect((await backups.list()).map((backup) => backup.fileName).sort()).toEqual([a.fileName, b.fileName].sort());
  });
});

describe('listing and reading backups', () => {
  it('lists only backups, newest first, with their sizes', async () => {
    const older = backupFileName('pre-migration', new Date('2026-11-01T08:00:00Z'));
    const newer = backupFileName('daily', new Date('2026-11-30T08:00:00Z'));
    await writeFile(join(folder, older), 'abc');
    await writeFile(join(folder, newer), 'abcdef');
    await writeFile(join(folder, 'holiday.jpg'), 'x');
    await mkdir(join(folder, backupFileName('daily', new Date('2026-12-01T08:00:00Z'))));
    const { backups } = service();
    expect(await backups.list()).toEqual([
      { fileName: newer, kind: 'daily', createdAt: '2026-11-30T08:00:00.000Z', bytes: 6 },
      { fileName: older, kind: 'pre-migration', createdAt: '2026-11-01T08:00:00.000Z', bytes: 3 },
    ]);
  });

  it('lists nothing before a folder is chosen', async () => {
    const { backups } = service({ settings: memorySettings() });
    await expect(backups.list()).resolves.toEqual([]);
  });

  it('reads a listed backup back byte for byte', async () => {
    const { backups } = service();
    const written = await writeInChunks(backups, request('2026-12-01T16:42:05Z', 'manual', bytes(9, 8, 7)));
    const read = await readInChunks(backups, written.fileName);
    expect([...read]).toEqual([9, 8, 7]);
  });

  it.each(['../settings.json', 'roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup/../../x', '/etc/passwd', 'notes.txt'])(
    'refuses %j: only a backup name, never a path',
    async (name) => {
      await writeFile(join(folder, 'notes.txt'), 'mine');
      const { backups } = service();
      await expect(readInChunks(backups, name)).rejects.toThrow(BACKUP_MESSAGES.fileGone);
    },
  );

  it('says so when the backup is gone', async () => {
    const { backups } = service();
    await expect(readInChunks(backups, backupFileName('daily', new Date('2026-12-01T08:00:00Z')))).rejects.toThrow(BACKUP_MESSAGES.fileGone);
  });

  it.runIf(process.platform !== 'win32')('does not follow a link named like a backup', async () => {
    const secret = join(root, 'elsewhere.txt');
    await writeFile(secret, 'not a backup');
    const name = backupFileName('daily', new Date('2026-12-01T08:00:00Z'));
    await symlink(secret, join(folder, name));
    const { backups } = service();
    await expect(readInChunks(backups, name)).rejects.toThrow(BACKUP_MESSAGES.fileGone);
    expect(await backups.list()).toEqual([]);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const name = backupFileName('daily', new Date('2026-12-01T08:00:00Z'));
    await writeFile(join(folder, name), 'x');
    const readRange = vi.fn(nodeBackupFileSystem.readRange);
    const { backups } = service({
      files: { lstat: async () => ({ isFile: () => true, isDirectory: () => false, size: 5 * 1024 ** 3, mtimeMs: 0 }), readRange },
    });
    await expect(readInChunks(backups, name)).rejects.toThrow(BACKUP_MESSAGES.tooLarge);
    expect(readRange).not.toHaveBeenCalled();
  });
});
