import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '../../../electron/backup-names';

describe('backup file names', () => {
  it('carry the UTC time to the second and the kind, without colons', () => {
    expect(backupFileName('daily', new Date('2026-12-01T16:42:05.789Z'))).toBe('roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup');
    expect(backupFileName('pre-migration', new Date('2027-01-02T03:04:05Z'))).toBe('roundtable-backup-2027-01-02T03-04-05Z-pre-migration.rtbackup');
  });

  it('parse back to the kind and the instant', () => {
    expect(parseBackupFileName('roundtable-backup-2026-12-01T16-42-05Z-pre-restore.rtbackup')).toEqual({
      fileName: 'roundtable-backup-2026-12-01T16-42-05Z-pre-restore.rtbackup',
      kind: 'pre-restore',
      createdAt: new Date('2026-12-01T16:42:05Z'),
    });
  });

  it.each([
    'roundtable-backup-2026-02-30T16-42-05Z-daily.rtbackup', // no such day
    'roundtable-backup-2026-12-01T24-00-00Z-daily.rtbackup',
    'roundtable-backup-2026-12-01T16-42-05Z-weekly.rtbackup', // no such kind
    'roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup.tmp',
    'roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup.4158230011', // write-file-atomic's temp file
    'Roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup',
    'roundtable-backup-2026-12-01T16:42:05Z-daily.rtbackup',
    'roundtable-backup-2026-12-01T16-42-05.123Z-daily.rtbackup',
    '../roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup',
    'sub/roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup',
    'sub\\roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup',
    'roundtable-backup-2026-12-01T16-42-05Z-daily.rtbackup\n',
    'notes.txt',
    '',
  ])('reject %j', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});
