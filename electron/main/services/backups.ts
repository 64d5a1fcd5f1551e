/**
 * The backup folder: the coordinator chooses it once, and main writes each backup there
 * atomically, reads it back to check it, and rotates old ones (backup-rotation.ts).
 *
 * Main never sees a key: the bytes arrive encrypted, and are written and compared as they
 * are. Nothing here logs a file's contents; errors say what went wrong in words the
 * renderer shows ("the disk is full"), never with the bytes.
 */
import { join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, WebContents } from 'electron';
import { backupFileName, parseBackupFileName, type ParsedBackupName } from '../../backup-names';
import { MAX_BACKUP_BYTES, type BackupFileInfo, type BackupWritten, type ChooseBackupFolderOutput, type ContractParsedInput } from '../../contract';
import type { BackupFailure } from '../../backup-failures';
import { nodeBackupFileSystem, sha256, TooLargeError, type BackupFileSystem } from './backup-files';
import { backupsToRemove } from './backup-rotation';
import type { SettingsStore } from './settings';

/** A failure the coordinator can act on; its message reaches the renderer as it is. */
export class BackupError extends Error {
  /** Which of BACKUP_MESSAGES this is, so the renderer can say it in the user's language. */
  readonly reason: BackupFailure | undefined;
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
    this.reason = (Object.keys(BACKUP_MESSAGES) as BackupFailure[]).find((key) => BACKUP_MESSAGES[key] === message);
  }
}

export const BACKUP_MESSAGES = {
  noFolder: 'No backup folder is chosen yet. Choose one in Settings.',
  folderGone: 'The backup folder is not there any more (moved, renamed, or on a drive that is not connected). Choose it again in Settings.',
  notAFolder: 'The backup folder is not a folder. Choose another one in Settings.',
  diskFull: 'The disk of the backup folder is full. Free some space there or choose another folder.',
  noWritePermission: 'Roundtable may not write to the backup folder. Choose a folder you can write to.',
  noReadPermission: 'Roundtable may not read the backup folder or this backup file.',
  verifyFailed:
    'The backup was written, but reading it back gave different bytes, so it was deleted again. The disk or drive may be failing: try another folder.',
  fileGone: 'This backup file is not in the backup folder any more.',
  tooLarge: 'This backup file is larger than 500 MiB and cannot be read.',
} as const satisfies Record<BackupFailure, string>;

type Action = 'write' | 'read' | 'list';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The OS error (ENOSPC, EACCES…) in words; the raw message, which holds the path, is dropped. */
export function describeFileError(error: unknown, action: Action): BackupError {
  if (error instanceof BackupError) return error;
  if (error instanceof TooLargeError) return new BackupError(BACKUP_MESSAGES.tooLarge);
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new BackupError(action === 'read' ? BACKUP_MESSAGES.fileGone : BACKUP_MESSAGES.folderGone);
    case 'ENOSPC':
    case 'EDQUOT':
      return new BackupError(BACKUP_MESSAGES.diskFull);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new BackupError(action === 'write' ? BACKUP_MESSAGES.noWritePermission : BACKUP_MESSAGES.noReadPermission);
    case 'ELOOP': // O_NOFOLLOW met a symbolic link where a backup should be
      return new BackupError(BACKUP_MESSAGES.fileGone);
    default: {
      const what = action === 'write' ? 'written' : action === 'read' ? 'read' : 'listed';
      return new BackupError(`The backup could not be ${what}${code ? ` (${code})` : ''}.`);
    }
  }
}

export interface BackupDeps {
  settings: SettingsStore;
  /** dialog.showOpenDialog, parented to the sender's window. */
  showOpenDialog: (sender: WebContents, options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
  /** app.getPath('documents'): where the folder dialog opens the first time. */
  documentsDir: () => string;
  now?: () => Date;
  files?: BackupFileSystem;
}

export function createBackupService(deps: BackupDeps) {
  const files = deps.files ?? nodeBackupFileSystem;
  const now = deps.now ?? (() => new Date());

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
  async function existingFolder(action: Action): Promise<string> {
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
  async function rotate(dir: string, justWritten: string): Promise<string[]> {
    let candidates: ParsedBackupName[];
    try {
      candidates = await backupsIn(dir);
    } catch {
      return []; // the backup itself is written and verified; rotation can wait for the next one
    }
    const removed: string[] = [];
    for (const name of backupsToRemove(candidates, justWritten)) {
      try {
        await files.unlink(join(dir, name));
        removed.push(name);
      } catch {
        // Locked or read-only: better one backup too many than a failed backup.
      }
    }
    return removed;
  }

  async function write(input: ContractParsedInput<'writeBackup'>): Promise<BackupWritten> {
    const dir = await existingFolder('write');
    const fileName = backupFileName(input.kind, new Date(input.createdAt));
    const target = join(dir, fileName);
    try {
      await files.writeAtomic(target, input.data);
    } catch (error) {
      throw describeFileError(error, 'write');
    }
    let readBack: Buffer;
    try {
      readBack = await files.sha256OfFile(target);
    } catch (error) {
      await files.unlink(target).catch(() => undefined);
      throw describeFileError(error, 'read');
    }
    if (!readBack.equals(sha256(input.data))) {
      await files.unlink(target).catch(() => undefined);
      throw new BackupError(BACKUP_MESSAGES.verifyFailed);
    }
    const verifiedAt = now().toISOString();
    const removed = await rotate(dir, fileName);
    const parsed = parseBackupFileName(fileName)!;
    return { ...info({ ...parsed, bytes: input.data.byteLength }), verifiedAt, removed };
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

  async function read(fileName: string): Promise<Uint8Array> {
    // The contract already refused anything but a backup name; checked again here because
    // this is the line between a name and a path.
    if (parseBackupFileName(fileName) === null) throw new BackupError(BACKUP_MESSAGES.fileGone);
    const dir = await existingFolder('read');
    const path = join(dir, fileName);
    try {
      const stats = await files.lstat(path);
      if (!stats.isFile()) throw new BackupError(BACKUP_MESSAGES.fileGone);
      if (stats.size > MAX_BACKUP_BYTES) throw new BackupError(BACKUP_MESSAGES.tooLarge);
      return await files.readCapped(path, MAX_BACKUP_BYTES);
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
    write: (input: ContractParsedInput<'writeBackup'>) => serialized(() => write(input)),
    list: () => serialized(list),
    read: (fileName: string) => serialized(() => read(fileName)),
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
