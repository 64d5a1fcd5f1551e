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
] as const;

export type BackupFailure = (typeof backupFailures)[number];

export function isBackupFailure(value: unknown): value is BackupFailure {
  return typeof value === 'string' && (backupFailures as readonly string[]).includes(value);
}
