import { describe, expect, it } from 'vitest';
import { backupIsDue } from '../../../../renderer/src/features/overview/BackupReminder';

describe('the overview’s backup warning', () => {
  const now = new Date('2026-12-08T12:00:00Z');
  it('warns when there is no backup, the last could not be checked, or it is older than 7 days', () => {
    expect(backupIsDue(null, now)).toBe(true);
    expect(backupIsDue({ at: '2026-12-08T08:00:00.000Z', verified: false }, now)).toBe(true);
    expect(backupIsDue({ at: '2026-12-01T11:59:59.000Z', verified: true }, now)).toBe(true);
  });

  it('is quiet for a good backup of the last 7 days', () => {
    expect(backupIsDue({ at: '2026-12-01T12:00:00.000Z', verified: true }, now)).toBe(false);
    expect(backupIsDue({ at: '2026-12-08T08:00:00.000Z', verified: true }, now)).toBe(false);
  });
});
