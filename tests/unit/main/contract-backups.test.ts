/** The contract's schemas for the backup folder and quick unlock: what the renderer may send. */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_MAX_AGE_MONTHS,
  backupUploadInputSchema,
  beginBackupWriteInputSchema,
  enableQuickUnlockInputSchema,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_CHUNK_BYTES,
  readBackupChunkInputSchema,
  writeBackupChunkInputSchema,
} from '../../../electron/contract';

const sha256 = 'a'.repeat(64);
const uploadId = '0b3c9a54-3f8e-4c41-9d2a-6f1e2b7c8d90';
const fileName = 'roundtable-backup-2026-12-01T16-42-05Z-manual.rtbackup';
/** A view that claims `byteLength` bytes without allocating them. */
const claiming = (byteLength: number) => Object.setPrototypeOf({ byteLength }, Uint8Array.prototype) as Uint8Array;

describe('beginBackupWrite input', () => {
  const begin = (patch: Record<string, unknown>) =>
    beginBackupWriteInputSchema.safeParse({ kind: 'daily', createdAt: '2026-12-01T16:42:05Z', bytes: 3, sha256, maxAgeMonths: 36, ...patch }).success;

  it.each(['2026-12-01T16:42:05Z', '2026-12-01T16:42:05.123Z', '2028-02-29T00:00:00Z'])('accepts the instant %s', (createdAt) => {
    expect(begin({ createdAt })).toBe(true);
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
    expect(begin({ createdAt })).toBe(false);
  });

  it("takes the longest retention period as whole months within the schedule's own limits", () => {
    expect(BACKUP_MAX_AGE_MONTHS).toEqual({ min: 1, max: 120 });
    for (const maxAgeMonths of [1, 36, 120]) expect(begin({ maxAgeMonths })).toBe(true);
    for (const maxAgeMonths of [0, 121, 2.5, '36', null, undefined]) expect(begin({ maxAgeMonths })).toBe(false);
  });

  it('refuses an unknown kind, an empty backup, extra keys and a checksum that is not hex SHA-256', () => {
    expect(begin({ kind: 'weekly' })).toBe(false);
    expect(begin({ bytes: 0 })).toBe(false);
    expect(begin({ bytes: 1.5 })).toBe(false);
    expect(begin({ folder: '/tmp' })).toBe(false);
    expect(begin({ data: new Uint8Array([1]) })).toBe(false);
    expect(begin({ sha256: 'A'.repeat(64) })).toBe(false);
    expect(begin({ sha256: 'a'.repeat(63) })).toBe(false);
  });

  it('takes a whole city over ten years (up to 4 GiB), and no more', () => {
    expect(MAX_BACKUP_BYTES).toBe(4 * 1024 ** 3);
    expect(begin({ bytes: MAX_BACKUP_BYTES })).toBe(true);
    expect(begin({ bytes: MAX_BACKUP_BYTES + 1 })).toBe(false);
  });
});

describe('writeBackupChunk input', () => {
  const chunk = (patch: Record<string, unknown>) => writeBackupChunkInputSchema.safeParse({ uploadId, offset: 0, data: new Uint8Array([1]), ...patch }).success;

  it('keeps every message far below what Electron can send at once (512 MiB)', () => {
    expect(MAX_BACKUP_CHUNK_BYTES).toBe(64 * 1024 ** 2);
    expect(chunk({ data: claiming(MAX_BACKUP_CHUNK_BYTES) })).toBe(true);
    expect(chunk({ data: claiming(MAX_BACKUP_CHUNK_BYTES + 1) })).toBe(false);
  });

  it('refuses an empty chunk, a bad offset, and an id that is not one main hands out', () => {
    expect(chunk({ data: new Uint8Array() })).toBe(false);
    expect(chunk({ data: 'AAEC' })).toBe(false);
    expect(chunk({ offset: -1 })).toBe(false);
    expect(chunk({ offset: 0.5 })).toBe(false);
    expect(chunk({ offset: MAX_BACKUP_BYTES + 1 })).toBe(false);
    expect(chunk({ uploadId: '../../etc/passwd' })).toBe(false);
    expect(chunk({ uploadId: uploadId.toUpperCase() })).toBe(false);
    expect(chunk({ extra: 1 })).toBe(false);
    expect(backupUploadInputSchema.safeParse({ uploadId }).success).toBe(true);
    expect(backupUploadInputSchema.safeParse({ uploadId: `${uploadId}/..` }).success).toBe(false);
  });
});

describe('readBackupChunk input', () => {
  const read = (patch: Record<string, unknown>) => readBackupChunkInputSchema.safeParse({ fileName, offset: 0, length: 1024, ...patch }).success;

  it('accepts a backup file name and a range of at most 64 MiB', () => {
    expect(read({})).toBe(true);
    expect(read({ length: MAX_BACKUP_CHUNK_BYTES })).toBe(true);
    expect(read({ length: MAX_BACKUP_CHUNK_BYTES + 1 })).toBe(false);
    expect(read({ length: 0 })).toBe(false);
    expect(read({ offset: -1 })).toBe(false);
  });

  it.each([
    '../roundtable-backup-2026-12-01T16-42-05Z-manual.rtbackup',
    '/home/u/roundtable-backup-2026-12-01T16-42-05Z-manual.rtbackup',
    'C:\\Users\\u\\roundtable-backup-2026-12-01T16-42-05Z-manual.rtbackup',
    'roundtable-backup-2026-12-01T16-42-05Z-manual.rtbackup/..',
    '.roundtable-backup-0b3c9a54-3f8e-4c41-9d2a-6f1e2b7c8d90.partial',
    'settings.json',
    'quick-unlock.bin',
    '',
  ])('refuses %j', (name) => {
    expect(read({ fileName: name })).toBe(false);
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
