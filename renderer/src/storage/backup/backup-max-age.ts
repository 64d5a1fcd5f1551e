/**
 * How old a backup may grow before the rotation removes it: the longest period of the
 * retention schedule (setting `retentionSchedule`), so no backup keeps a deleted record
 * longer than the schedule would have kept the record itself. Sent to main with every backup
 * written to the folder (electron/contract.ts `beginBackupWrite`).
 */
import { defaultRetentionSchedule, longestRetentionMonths, retentionMonthLimits, retentionScheduleSchema } from '../../domain/retention';
import type { RoundtableDb } from '../db';

/** The setting's key; read here by name, so this works whether or not the schedule's Settings page has written it. */
const scheduleKey = 'retentionSchedule';

/**
 * The longest retention period in months. No schedule stored: the default one's. The schedule
 * cannot be read (the database not open yet before a migration, locked, or the value invalid):
 * the longest period the schedule allows, so a backup the coordinator's schedule still covers
 * is never removed for want of reading it.
 */
export async function backupMaxAgeMonths(db: RoundtableDb): Promise<number> {
  try {
    if (!db.isOpen()) return retentionMonthLimits.max;
    const row = await db.settings.get(scheduleKey);
    if (row === undefined) return longestRetentionMonths(defaultRetentionSchedule);
    const schedule = retentionScheduleSchema.safeParse(db.codec.decodeSetting(scheduleKey, row.value));
    return schedule.success ? longestRetentionMonths(schedule.data) : retentionMonthLimits.max;
  } catch {
    return retentionMonthLimits.max;
  }
}
