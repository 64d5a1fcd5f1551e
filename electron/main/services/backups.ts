/**
 * The backup folder: the coordinator chooses it once, and main receives each backup there in
 * chunks (backup-uploads.ts), reads it back to check it, gives it its name in one atomic
 * rename, and rotates old ones (backup-rotation.ts). Reading goes in chunks too.
 *
 * Main never sees a key: the bytes arrive encrypted, and are written and compared as they
 * are. Nothing here logs a file's contents; errors say what went wrong in words the
 * renderer shows ("the disk is full"), never with the bytes.
 */
import { join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, WebContents } from 'electron';
import { backupFileName, parseBackupFileName, type ParsedBackupName } from '../../backup-names';
import {
  MAX_BACKUP_BYTES,
  type BackupChunk,
  type BackupFileInfo,
  type BackupWritten,
  type BeginBackupWriteOutput,
  type ChooseBackupFolderOutput,
  type ContractParsedInput,
} from '../../contract';
import { BACKUP_MESSAGES, BackupError, describeFileError, type FileAction } from './backup-errors';
import { nodeBackupFileSystem, type BackupFileSystem } from './backup-files';
import { backupsToRemove } from './backup-rotation';
import { createUploads, type ReceivedUpload } from './backup-uploads';
import type { SettingsStore } from './settings';

export { BACKUP_MESSAGES, BackupError, describeFileError };

/** An upload that gets no chunk for this long is given up and its temp file removed. */
const UPLOAD_IDLE_MS = 2 * 60 * 1000;

export interface BackupDeps {
  settings: SettingsStore;
  /** dialog.showOpenDialog, parented to the sender's window. */
  showOpenDialog: (sender: WebContents, options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
  /** app.getPath('documents'): where the folder dialog opens the first time. */
  documentsDir: () => string;
  now?: () => Date;
  files?: BackupFileSystem;
  /** See UPLOAD_IDLE_MS; shorter in tests. */
  uploadIdleMs?: number;
}

export function createBackupService(deps: BackupDeps) {
  const files = deps.files ?? nodeBackupFileSystem;
  const now = deps.now ?? (() => new Date());
  const uploads = createUploads({ files, idleMs: deps.uploadIdleMs ?? UPLOAD_IDLE_MS, now });

  // One operation at a time, so a rotation never races a write or a listing.
  let queue: Promise<unknown> = Promise.resolve();
  function serialized<T>(operation: () => Promise<T>): Promise<T> {
    const run = queue.then(operation, operation);
    queue = run.catch(() => undefined);
    return run;
  }

  function folder(): string | null {
    return deps.settings.get().backupFolder ?? null;
  }

  /** The chosen folder, checked to exist and be a folder. */
  async function existingFolder(action: FileAction): Promise<string> {
    const dir = folder();
    if (dir === null) throw new BackupError(BACKUP_MESSAGES.noFolder);
    const stats = await files.stat(dir).catch((error: unknown) => {
      throw describeFileError(error, action === 'read' ? 'list' : action);
    });
    if (!stats.isDirectory()) throw new BackupError(BACKUP_MESSAGES.notAFolder);
    return dir;
  }

  /** Our backups in `dir`, with sizes; other files, folders and links are ignored. */
  async function backupsIn(dir: string): Promise<(ParsedBackupName & { bytes: number })[]> {
    const found: (ParsedBackupName & { bytes: number })[] = [];
    for (const name of await files.readdir(dir)) {
      const parsed = parseBackupFileName(name);
      if (parsed === null) continue;
      try {
        const stats = await files.lstat(join(dir, name));
        if (stats.isFile()) found.push({ ...parsed, bytes: stats.size });
      } catch {
        // Removed between readdir and lstat: it is not there, so it is not listed.
      }
    }
    return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.fileName < b.fileName ? 1 : -1));
  }

  function info(backup: ParsedBackupName & { bytes: number }): BackupFileInfo {
    return { fileName: backup.fileName, kind: backup.kind, createdAt: backup.createdAt.toISOString(), bytes: backup.bytes };
  }

  /** Removes what the rotation says, file by file; a file that will not go simply stays. */
  async function rotate(dir: string, justWritten: string, maxAgeMonths: number): Promise<string[]> {
    let candidates: ParsedBackupName[];
    try {
      candidates = await backupsIn(dir);
    } catch {
      return []; // the backup itself is written and verified; rotation can wait for the next one
    }
    const removed: string[] = [];
    for (const name of backupsToRemove(candidates, justWritten, { now: now(), maxAgeMonths })) {
      try {
        await files.unlink(join(dir, name));
        removed.push(name);
      } catch {
        // Locked or read-only: better one backup too many than a failed backup.
      }
    }
    return removed;
  }

  async function beginWrite(input: ContractParsedInput<'beginBackupWrite'>, sender: object): Promise<BeginBackupWriteOutput> {
    const dir = await existingFolder('write');
    return { uploadId: await uploads.begin(sender, dir, input) };
  }

  /** The received temp file, read back from the disk, named, and the old backups rotated. */
  async function commit(upload: ReceivedUpload): Promise<BackupWritten> {
    let readBack: Buffer;
    try {
      readBack = await files.sha256OfFile(upload.tempPath);
    } catch (error) {
      throw describeFileError(error, 'read');
    }
    // Checked before the rename, so a bad copy never shows under a backup's name.
    if (readBack.toString('hex') !== upload.sha256) throw new BackupError(BACKUP_MESSAGES.verifyFailed);
    const fileName = backupFileName(upload.kind, new Date(upload.createdAt));
    try {
      await files.rename(upload.tempPath, join(upload.dir, fileName));
    } catch (error) {
      throw describeFileError(error, 'write');
    }
    const verifiedAt = now().toISOString();
    const removed = await rotate(upload.dir, fileName, upload.maxAgeMonths);
    const parsed = parseBackupFileName(fileName)!;
    return { ...info({ ...parsed, bytes: upload.bytes }), verifiedAt, removed };
  }

  async function list(): Promise<BackupFileInfo[]> {
    if (folder() === null) return [];
    const dir = await existingFolder('list');
    try {
      return (await backupsIn(dir)).map(info);
    } catch (error) {
      throw describeFileError(error, 'list');
    }
  }

  async function readChunk({ fileName, offset, length }: ContractParsedInput<'readBackupChunk'>): Promise<BackupChunk> {
    // The contract already refused anything but a backup name; checked again here because
    // this is the line between a name and a path.
    if (parseBackupFileName(fileName) === null) throw new BackupError(BACKUP_MESSAGES.fileGone);
    const dir = await existingFolder('read');
    const path = join(dir, fileName);
    try {
      const stats = await files.lstat(path);
      if (!stats.isFile()) throw new BackupError(BACKUP_MESSAGES.fileGone);
      if (stats.size > MAX_BACKUP_BYTES) throw new BackupError(BACKUP_MESSAGES.tooLarge);
      return await files.readRange(path, offset, length, MAX_BACKUP_BYTES);
    } catch (error) {
      throw describeFileError(error, 'read');
    }
  }

  async function chooseFolder(sender: WebContents): Promise<ChooseBackupFolderOutput> {
    const result = await deps.showOpenDialog(sender, {
      defaultPath: folder() ?? deps.documentsDir(),
      properties: ['openDirectory', 'createDirectory'],
    });
    const chosen = result.filePaths[0];
    if (result.canceled || chosen === undefined) return { status: 'cancelled' };
    // Refuse a folder the first backup could not be written to, while the coordinator is here.
    try {
      const stats = await files.stat(chosen);
      if (!stats.isDirectory()) throw new BackupError(BACKUP_MESSAGES.notAFolder);
      await files.assertWritable(chosen);
    } catch (error) {
      throw describeFileError(error, 'write');
    }
    await deps.settings.update({ backupFolder: chosen });
    return { status: 'chosen', folder: chosen };
  }

  return {
    folder: async () => folder(),
    // Not queued: a dialog left open must not hold up an automatic backup meanwhile.
    chooseFolder,
    // Beginning and appending touch only the sender's own temp file, so they need not wait;
    // finishing names the file and rotates, so it waits its turn like listing and reading.
    beginWrite,
    writeChunk: ({ uploadId, offset, data }: ContractParsedInput<'writeBackupChunk'>, sender: object) => uploads.chunk(sender, uploadId, offset, data),
    finishWrite: ({ uploadId }: ContractParsedInput<'finishBackupWrite'>, sender: object) =>
      uploads.finish(sender, uploadId, (upload) => serialized(() => commit(upload))),
    abortWrite: ({ uploadId }: ContractParsedInput<'abortBackupWrite'>, sender: object) => uploads.abort(sender, uploadId),
    list: () => serialized(list),
    readChunk: (input: ContractParsedInput<'readBackupChunk'>) => serialized(() => readChunk(input)),
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
