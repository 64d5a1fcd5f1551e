/** The contract's schemas for the backup folder and quick unlock: what the renderer may send. */
import { describe, expect, it } from 'vitest';
import { enableQuickUnlockInputSchema, MAX_BACKUP_BYTES, MAX_SAVE_BYTES, readBackupInputSchema, writeBackupInputSchema } from '../../../electron/contract';

const data = new Uint8Array([1, 2, 3]);

describe('writeBackup input', () => {
  it.each(['2026-12-01T16:42:05Z', '2026-12-01T16:42:05.123Z', '2028-02-29T00:00:00Z'])('accepts the instant %s', (createdAt) => {
    expect(writeBackupInputSchema.safeParse({ kind: 'daily', createdAt, data }).success).toBe(true);
  });

  it.each([
    '2026-02-30T16:42:05Z', // no such day
    '2026-12-01T24:00:00Z',
    '2026-12-01T16:42:05', // no zone
    '2026-12-01T16:42:05+01:00', // UTC only: the file name says Z
    '2026-12-01 16:42:05Z',
    '2026-12-01',
    'yesterday',
    '../../etc/passwd',
  ])('refuses the time %j', (createdAt) => {
    expect(writeBackupInputSchema.safeParse({ kind: 'daily', createdAt, data }).success).toBe(false);
  });

  it('refuses an unknown kind, an empty file, extra keys and data that is not bytes', () => {
    const createdAt = '2026-12-01T16:42:05Z';
    expect(writeBackupInputSchema.safeParse({ kind: 'weekly', createdAt, data }).success).toBe(false);
    expect(writeBackupInputSchema.safeParse({ kind: 'daily', createdAt, data: new Uint8Array() }).success).toBe(false);
    expect(writeBackupInputSchema.safeParse({ kind: 'daily', createdAt, data, folder: '/tmp' }).success).toBe(false);
    expect(writeBackupInputSchema.safeParse({ kind: 'daily', createdAt, data: 'AAEC' }).success).toBe(false);
  });

  it('has a cap of its own, above the export cap (a whole city is a few hundred MB) and below what one IPC message carries', () => {
    expect(MAX_BACKUP_BYTES).toBeGreaterThanOrEqual(4 * MAX_SAVE_BYTES);
    expect(MAX_BACKUP_BYTES).toBeLessThan(512 * 1024 ** 2);
    // A view that claims more than the cap is refused without copying anything.
    const huge = { byteLength: MAX_BACKUP_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(writeBackupInputSchema.safeParse({ kind: 'daily', createdAt: '2026-12-01T16:42:05Z', data: huge }).success).toBe(false);
  });
});

describe('readBackup input', () => {
  it('accepts a backup file name', () => {
    expect(readBackupInputSchema.safeParse({ fileName: 'roundtable-backup-2026-12-01T16-42-05Z-manual.rtbackup' }).success).toBe(true);
  });

  it.each([
    '../roundtable-backup-2026-12-01T16-42-05Z-manual.rtbackup',
    '/home/u/roundtable-backup-2026-12-01T16-42-05Z-manual.rtbackup',
    'C:\\Users\\u\\roundtable-backup-2026-12-01T16-42-05Z-manual.rtbackup',
    'roundtable-backup-2026-12-01T16-42-05Z-manual.rtbackup/..',
    'settings.json',
    'quick-unlock.bin',
    '',
  ])('refuses %j', (fileName) => {
    expect(readBackupInputSchema.safeParse({ fileName }).success).toBe(false);
  });
});

describe('enableQuickUnlock input', () => {
  it('takes exactly 32 bytes', () => {
    expect(enableQuickUnlockInputSchema.safeParse({ dataKey: new Uint8Array(32) }).success).toBe(true);
    expect(enableQuickUnlockInputSchema.safeParse({ dataKey: new Uint8Array(31) }).success).toBe(false);
    expect(enableQuickUnlockInputSchema.safeParse({ dataKey: new Uint8Array(33) }).success).toBe(false);
    expect(enableQuickUnlockInputSchema.safeParse({ dataKey: 'a'.repeat(32) }).success).toBe(false);
    expect(enableQuickUnlockInputSchema.safeParse({ dataKey: new Uint8Array(32), passphrase: 'x' }).success).toBe(false);
  });
});
