import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_MAX_AGE_MONTHS } from '../../../../electron/contract';
import { retentionMonthLimits } from '../../../../renderer/src/domain/retention';
import type { RoundtableDb } from '../../../../renderer/src/storage/db';
import { backupMaxAgeMonths } from '../../../../renderer/src/storage/backup/backup-max-age';
import { freshDb } from '../storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

/** Stores the schedule as the Settings page does: sealed under its key. */
async function storeSchedule(value: unknown) {
  await db.settings.put({ key: 'retentionSchedule', value: db.codec.encodeSetting('retentionSchedule', value) } as never);
}

describe('the maximum age sent with each backup', () => {
  it('is the default schedule’s longest period while none is set', async () => {
    db = freshDb({ sealed: true });
    await db.open();
    expect(await backupMaxAgeMonths(db)).toBe(36);
  });

  it('is the stored schedule’s longest period, rules it leaves out taking their defaults', async () => {
    db = freshDb({ sealed: true });
    await db.open();
    await storeSchedule({ closedCase: 24, caseDiscussion: 18 });
    expect(await backupMaxAgeMonths(db)).toBe(24);
    await storeSchedule({ closedCase: 24, formerPartnerContact: 84 });
    expect(await backupMaxAgeMonths(db)).toBe(84);
  });

  it('is the longest the schedule allows when the schedule cannot be read, so nothing it covers is removed', async () => {
    db = freshDb({ sealed: true });
    await db.open();
    await storeSchedule({ closedCase: 500 });
    expect(await backupMaxAgeMonths(db)).toBe(120);
    db.close();
    // Closed: before a migration the database is not open yet.
    expect(await backupMaxAgeMonths(db)).toBe(120);
  });

  it('stays within what main accepts', () => {
    expect(BACKUP_MAX_AGE_MONTHS).toEqual(retentionMonthLimits);
  });
});
