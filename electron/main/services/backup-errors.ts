/**
 * The backup folder's failures as the renderer receives them: a BackupError whose message is
 * one of BACKUP_MESSAGES (so its `reason` can be said in the user's language), and the OS
 * error codes (ENOSPC, EACCES…) turned into those, dropping the raw message, which holds a path.
 */
import { BACKUP_MESSAGES, type BackupFailure } from '../../backup-failures';
import { TooLargeError } from './backup-files';

export { BACKUP_MESSAGES };

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

export type FileAction = 'write' | 'read' | 'list';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The OS error (ENOSPC, EACCES…) in words; the raw message, which holds the path, is dropped. */
export function describeFileError(error: unknown, action: FileAction): BackupError {
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
