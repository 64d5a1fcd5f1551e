/**
 * Which old backups to remove, as a pure function of the backups in the folder (no clock, no
 * file system), so the rule can be tested with any dates.
 *
 * Daily backups follow grandfather-father-son, the way restic's --keep-daily/weekly/monthly
 * does: keep the newest backup of each of the last 7 days that have one, of each of the last
 * 4 ISO weeks that have one, and of each of the last 12 months that have one. One file may
 * count for a day, its week and its month at once. "That have one" matters: after a month
 * without using the app, the old backups are still there.
 *
 * Backups made for a reason (before a migration, a restore or a conversion, or by hand): the
 * newest 5 of each kind are kept.
 *
 * Over all of that, a maximum age: a backup older than the longest retention period of the
 * schedule (the renderer sends it in months with each backup) is removed, even the last of
 * its kind, because it may hold records the schedule has deleted since (DSGVO Art. 5(1)(e)).
 * Only the backup just written is never removed.
 *
 * Days, weeks and months are the computer's local calendar: that is what "yesterday's backup"
 * means to the coordinator.
 */
import type { BackupKind } from '../../backup-names';

export interface RotationCandidate {
  fileName: string;
  kind: BackupKind;
  createdAt: Date;
}

export const KEEP_DAYS = 7;
export const KEEP_WEEKS = 4;
export const KEEP_MONTHS = 12;
export const KEEP_PER_EVENT_KIND = 5;

const pad = (value: number) => String(value).padStart(2, '0');

export function localDayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function localMonthKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

/** ISO 8601 week of the local date: weeks start on Monday, week 1 holds the year's first Thursday. */
export function localIsoWeekKey(date: Date): string {
  // Work on the calendar date alone, in UTC arithmetic, so daylight saving cannot shift a day.
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7; // Monday 1 … Sunday 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const weekYear = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${pad(week)}`;
}

/**
 * The oldest moment a backup may be from: `now` less `months` on the local calendar, the day
 * clamped to the month's end (31 May − 3 months = 28/29 February), at the same time of day.
 */
export function oldestKept(now: Date, months: number): Date {
  const firstOfMonth = new Date(now.getFullYear(), now.getMonth() - months, 1);
  const lastDay = new Date(firstOfMonth.getFullYear(), firstOfMonth.getMonth() + 1, 0).getDate();
  return new Date(
    firstOfMonth.getFullYear(),
    firstOfMonth.getMonth(),
    Math.min(now.getDate(), lastDay),
    now.getHours(),
    now.getMinutes(),
    now.getSeconds(),
    now.getMilliseconds(),
  );
}

/** What the rotation needs besides the files: now, and the longest retention period in months. */
export interface RotationLimits {
  now: Date;
  maxAgeMonths: number;
}

/** Newest first; equal times by name, so the result never depends on the directory's order. */
function newestFirst(a: RotationCandidate, b: RotationCandidate): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || (a.fileName < b.fileName ? 1 : a.fileName > b.fileName ? -1 : 0);
}

/** The newest file of each of the newest `count` buckets (buckets that hold no file do not count). */
function newestPerBucket(sorted: RotationCandidate[], count: number, bucketOf: (date: Date) => string): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const candidate of sorted) {
    const bucket = bucketOf(candidate.createdAt);
    if (seen.has(bucket)) continue;
    if (seen.size === count) break;
    seen.add(bucket);
    kept.push(candidate.fileName);
  }
  return kept;
}

/**
 * The file names to remove. `justWritten` is never among them, whatever its date says
 * (a computer whose clock was wrong must not lose the backup it just made).
 */
export function backupsToRemove(backups: readonly RotationCandidate[], justWritten: string, limits: RotationLimits): string[] {
  const cutoff = oldestKept(limits.now, limits.maxAgeMonths).getTime();
  const tooOld = (backup: RotationCandidate) => backup.createdAt.getTime() < cutoff && backup.fileName !== justWritten;
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set<string>([justWritten]);

  const daily = sorted.filter((backup) => backup.kind === 'daily');
  for (const name of newestPerBucket(daily, KEEP_DAYS, localDayKey)) keep.add(name);
  for (const name of newestPerBucket(daily, KEEP_WEEKS, localIsoWeekKey)) keep.add(name);
  for (const name of newestPerBucket(daily, KEEP_MONTHS, localMonthKey)) keep.add(name);

  const eventKinds = new Set(sorted.map((backup) => backup.kind).filter((kind) => kind !== 'daily'));
  for (const kind of eventKinds) {
    for (const backup of sorted.filter((candidate) => candidate.kind === kind).slice(0, KEEP_PER_EVENT_KIND)) keep.add(backup.fileName);
  }

  return sorted.filter((backup) => !keep.has(backup.fileName) || tooOld(backup)).map((backup) => backup.fileName);
}
