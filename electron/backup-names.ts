/**
 * Backup file names: `roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup`. The name carries
 * when the backup was made (UTC, to the second; colons are not allowed in Windows file names)
 * and what it was for. `list` and `read` accept only names this module would write, so a
 * name from the renderer can never be a path, and other files in the folder are left alone.
 */

// Kept free of imports (zod, Node): contract.ts uses this file, and the renderer type-checks
// contract.ts.

/** What a backup is for; also written into its file name. */
export const BACKUP_KINDS = ['daily', 'manual', 'pre-migration', 'pre-restore', 'pre-conversion'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_PREFIX = 'roundtable-backup-';
export const BACKUP_EXTENSION = '.rtbackup';

const NAME_PATTERN = new RegExp(`^${BACKUP_PREFIX}(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z-(${BACKUP_KINDS.join('|')})\\${BACKUP_EXTENSION}$`);

export interface ParsedBackupName {
  fileName: string;
  kind: BackupKind;
  createdAt: Date;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The file name for a backup made at `createdAt` (milliseconds are dropped). */
export function backupFileName(kind: BackupKind, createdAt: Date): string {
  const stamp =
    `${pad(createdAt.getUTCFullYear(), 4)}-${pad(createdAt.getUTCMonth() + 1)}-${pad(createdAt.getUTCDate())}` +
    `T${pad(createdAt.getUTCHours())}-${pad(createdAt.getUTCMinutes())}-${pad(createdAt.getUTCSeconds())}Z`;
  return `${BACKUP_PREFIX}${stamp}-${kind}${BACKUP_EXTENSION}`;
}

/** The kind and time in a backup file name, or null for any other name (strict: no Feb 30). */
export function parseBackupFileName(fileName: string): ParsedBackupName | null {
  const match = NAME_PATTERN.exec(fileName);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const createdAt = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds));
  // Date.UTC rolls 2026-02-30 over to March 2nd; a name that does not round-trip is not ours.
  if (backupFileName(match[7] as BackupKind, createdAt) !== fileName) return null;
  return { fileName, kind: match[7] as BackupKind, createdAt };
}
