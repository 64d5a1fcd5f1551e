/**
 * Backup file names, as the desktop's folder names them (electron/backup-names.ts):
 * `roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup`: when (UTC, to the second; no colons,
 * which Windows file names refuse) and what for. Downloads get the same names.
 */
import type { BackupKind } from './backup-file';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function backupFileName(kind: BackupKind, createdAt: Date): string {
  const stamp =
    `${pad(createdAt.getUTCFullYear(), 4)}-${pad(createdAt.getUTCMonth() + 1)}-${pad(createdAt.getUTCDate())}` +
    `T${pad(createdAt.getUTCHours())}-${pad(createdAt.getUTCMinutes())}-${pad(createdAt.getUTCSeconds())}Z`;
  return `roundtable-backup-${stamp}-${kind}.rtbackup`;
}
