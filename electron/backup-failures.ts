/**
 * The known causes of a failed backup-folder call, shared by main (which names them, with an
 * English sentence for logs and tests) and the renderer (which says them in the user's
 * language: locales errors.platform.reason). No imports: both bundles include it.
 */
export const backupFailures = [
  'noFolder',
  'folderGone',
  'notAFolder',
  'diskFull',
  'noWritePermission',
  'noReadPermission',
  'verifyFailed',
  'fileGone',
  'tooLarge',
  'transferFailed',
  'fileChanged',
] as const;

export type BackupFailure = (typeof backupFailures)[number];

export function isBackupFailure(value: unknown): value is BackupFailure {
  return typeof value === 'string' && (backupFailures as readonly string[]).includes(value);
}

/**
 * The English sentence for each cause. Main throws these (BackupError finds the reason by its
 * message); the renderer uses them too when it notices a cause itself (a file that changed
 * while it was read in chunks).
 */
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
  tooLarge: 'This backup file is larger than 4 GiB and cannot be read.',
  transferFailed:
    'The backup did not arrive whole from the app window (it stopped sending, or sent other bytes than it announced), so nothing was saved. Try again.',
  fileChanged: 'This backup file changed while it was being read (another backup may have replaced it). Try again.',
} as const satisfies Record<BackupFailure, string>;
