import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../../electron/backup-names';
import { backupFileName } from '../../../electron/backup-names';
import { backupsToRemove, localIsoWeekKey, oldestKept, type RotationCandidate, type RotationLimits } from '../../../electron/main/services/backup-rotation';

/** A backup made at a local wall-clock time (the suite runs in Berlin and in New York). */
function backup(kind: BackupKind, year: number, month: number, day: number, hour = 12, minute = 0): RotationCandidate {
  const createdAt = new Date(year, month - 1, day, hour, minute);
  return { fileName: backupFileName(kind, createdAt), kind, createdAt };
}

/** One daily backup at noon on each of `days` consecutive days, ending on the given date. */
function dailyRun(endYear: number, endMonth: number, endDay: number, days: number): RotationCandidate[] {
  return Array.from({ length: days }, (_, index) => backup('daily', endYear, endMonth, endDay - index));
}

/** The longest period the schedule allows (10 years), as of the end of 2026: the age limit touches none of the backups below. */
const noAgeLimit: RotationLimits = { now: new Date(2026, 11, 31, 23, 0), maxAgeMonths: 120 };

function kept(backups: RotationCandidate[], justWritten = backups[0]!.fileName): RotationCandidate[] {
  const removed = new Set(backupsToRemove(backups, justWritten, noAgeLimit));
  return backups.filter((candidate) => !removed.has(candidate.fileName));
}

const localDate = (candidate: RotationCandidate | Date) => {
  const date = candidate instanceof Date ? candidate : candidate.createdAt;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

describe('backupsToRemove: daily backups', () => {
  it('keeps everything while there are few backups', () => {
    const backups = dailyRun(2026, 12, 7, 7);
    expect(backupsToRemove(backups, backups[0]!.fileName, noAgeLimit)).toEqual([]);
  });

  it('keeps only the newest backup of a day', () => {
    const morning = backup('daily', 2026, 12, 1, 8);
    const evening = backup('daily', 2026, 12, 1, 19);
    const noon = backup('daily', 2026, 12, 1, 12);
    expect(backupsToRemove([morning, evening, noon], evening.fileName, noAgeLimit).sort()).toEqual([morning.fileName, noon.fileName].sort());
  });

  it('after 100 days of daily use: 7 days, then one per week back to 4 weeks, then one per month back to 12 months', () => {
    // 2026-12-31 is a Thursday; the run goes back to 2026-09-23.
    const backups = dailyRun(2026, 12, 31, 100);
    const survivors = kept(backups).map(localDate);
    expect(survivors).toEqual([
      // the last 7 days
      '2026-12-31',
      '2026-12-30',
      '2026-12-29',
      '2026-12-28',
      '2026-12-27',
      '2026-12-26',
      '2026-12-25',
      // the newest of ISO weeks 51 and 50 (weeks 53 and 52 end on days kept already)
      '2026-12-20',
      '2026-12-13',
      // the newest of each month (December's is the 31st)
      '2026-11-30',
      '2026-10-31',
      '2026-09-30',
    ]);
  });

  it('counts only days, weeks and months that have a backup (a long pause loses nothing)', () => {
    // Used in January, then not again until December: the January backups are still the
    // newest of their week and month.
    const backups = [...dailyRun(2026, 12, 3, 3), ...dailyRun(2026, 1, 20, 10)];
    const survivors = kept(backups).map(localDate);
    expect(survivors).toEqual(['2026-12-03', '2026-12-02', '2026-12-01', '2026-01-20', '2026-01-19', '2026-01-18', '2026-01-17', '2026-01-11']);
  });

  it('keeps one backup per month for 12 months and removes the 13th month', () => {
    const backups = Array.from({ length: 14 }, (_, index) => backup('daily', 2026, 12 - index, 15));
    const removed = backupsToRemove(backups, backups[0]!.fileName, noAgeLimit);
    expect(removed).toEqual([backups[12]!.fileName, backups[13]!.fileName]);
  });

  it('never removes the file just written, even when its clock is years behind', () => {
    const backups = dailyRun(2026, 12, 31, 30);
    const written = backup('daily', 2019, 3, 1);
    const removed = backupsToRemove([...backups, written], written.fileName, noAgeLimit);
    expect(removed).not.toContain(written.fileName);
    expect(removed.length).toBeGreaterThan(0);
  });

  it('does not depend on the order the folder lists the files in', () => {
    const backups = dailyRun(2026, 12, 31, 60);
    const shuffled = [...backups].reverse();
    expect(backupsToRemove(shuffled, backups[0]!.fileName, noAgeLimit).sort()).toEqual(backupsToRemove(backups, backups[0]!.fileName, noAgeLimit).sort());
  });
});

describe('backupsToRemove: backups made for a reason', () => {
  it.each(['manual', 'pre-migration', 'pre-restore', 'pre-conversion'] as const)('keeps the newest 5 %s backups', (kind) => {
    const backups = Array.from({ length: 8 }, (_, index) => backup(kind, 2026, 12, 20 - index));
    expect(backupsToRemove(backups, backups[0]!.fileName, noAgeLimit)).toEqual(backups.slice(5).map((candidate) => candidate.fileName));
  });

  it('never removes the last one of a kind for the count: only the age limit does', () => {
    const daily = dailyRun(2026, 12, 31, 40);
    const oldRestore = backup('pre-restore', 2020, 1, 1);
    const oldMigration = backup('pre-migration', 2019, 6, 1);
    const removed = backupsToRemove([...daily, oldRestore, oldMigration], daily[0]!.fileName, noAgeLimit);
    expect(removed).not.toContain(oldRestore.fileName);
    expect(removed).not.toContain(oldMigration.fileName);
  });

  it('keeps each kind apart: many manual backups do not push out daily or pre-restore ones', () => {
    const manual = Array.from({ length: 10 }, (_, index) => backup('manual', 2026, 12, 20, 10, index));
    const daily = backup('daily', 2026, 12, 1);
    const restore = backup('pre-restore', 2026, 11, 1);
    const removed = backupsToRemove([...manual, daily, restore], manual[9]!.fileName, noAgeLimit);
    // The five made last (minutes 5 to 9) stay.
    expect(removed.sort()).toEqual(manual.slice(0, 5).map((candidate) => candidate.fileName));
  });
});

describe('backupsToRemove: the maximum age (the longest retention period)', () => {
  const now = new Date(2026, 11, 3, 10, 0);

  it('removes every backup older than that many months, even the last of its kind', () => {
    const daily = dailyRun(2026, 12, 3, 3);
    const migration = backup('pre-migration', 2023, 12, 2); // 36 months and a day
    const manual = backup('manual', 2023, 12, 4); // a day short of 36 months
    const monthly = backup('daily', 2023, 11, 15);
    const removed = backupsToRemove([...daily, migration, manual, monthly], daily[0]!.fileName, { now, maxAgeMonths: 36 });
    expect(removed.sort()).toEqual([migration.fileName, monthly.fileName].sort());
  });

  it('counts months on the local calendar, to the minute of the day', () => {
    const justUnder = backup('manual', 2026, 9, 3, 10, 1);
    const justOver = backup('manual', 2026, 9, 3, 9, 59);
    const written = backup('daily', 2026, 12, 3, 10);
    const removed = backupsToRemove([written, justUnder, justOver], written.fileName, { now, maxAgeMonths: 3 });
    expect(removed).toEqual([justOver.fileName]);
  });

  it('clamps to the end of a shorter month', () => {
    // 31 May less 3 months is the last day of February, in a leap year and in another.
    expect(localDate(oldestKept(new Date(2028, 4, 31, 12), 3))).toBe('2028-02-29');
    expect(localDate(oldestKept(new Date(2027, 4, 31, 12), 3))).toBe('2027-02-28');
    expect(localDate(oldestKept(new Date(2027, 0, 15, 12), 120))).toBe('2017-01-15');
  });

  it('never removes the backup just written, even when its clock says it is older', () => {
    const written = backup('daily', 2019, 3, 1);
    const older = backup('pre-restore', 2019, 2, 1);
    expect(backupsToRemove([written, older], written.fileName, { now, maxAgeMonths: 12 })).toEqual([older.fileName]);
  });
});

describe('localIsoWeekKey', () => {
  it.each([
    // [year, month, day, ISO week]
    [2026, 1, 1, '2026-W01'], // Thursday
    [2025, 12, 29, '2026-W01'], // Monday of the week with 2026's first Thursday
    [2027, 1, 3, '2026-W53'], // Sunday: 2026 has 53 weeks
    [2027, 1, 4, '2027-W01'],
    [2026, 3, 29, '2026-W13'], // the Sunday the EU clocks go forward
    [2026, 3, 30, '2026-W14'],
    [2026, 11, 1, '2026-W44'], // the Sunday the US clocks go back
  ] as const)('%i-%i-%i is in %s', (year, month, day, week) => {
    expect(localIsoWeekKey(new Date(year, month - 1, day, 0, 30))).toBe(week);
    expect(localIsoWeekKey(new Date(year, month - 1, day, 23, 30))).toBe(week);
  });
});
