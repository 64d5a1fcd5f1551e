/**
 * Rules about a meeting's planned times that the form and the lifecycle apply: moving the
 * start keeps the duration, and marking a meeting held before it starts is worth a question.
 */
import { isLocalDateTime } from './meeting';

/** Minutes since 1970 of a wall-clock "2026-03-05T14:30", as if it were UTC: arithmetic on the wall clock itself. */
function wallClockMinutes(value: string): number {
  const [date = '', time = ''] = value.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hour, minute) / 60_000;
}

function wallClockFromMinutes(minutes: number): string {
  return new Date(minutes * 60_000).toISOString().slice(0, 16);
}

/**
 * The end after the start moved from `previousStart` to `nextStart`: moved by as much, so the
 * meeting keeps its length (on the wall clock: a two-hour meeting stays 14:00–16:00 across a
 * daylight-saving change). Null when any of the three is not a complete date and time, or
 * the end did not lie after the old start: then there is no duration to keep.
 */
export function endAfterStartMoved(previousStart: string, nextStart: string, end: string): string | null {
  if (!isLocalDateTime(previousStart) || !isLocalDateTime(nextStart) || !isLocalDateTime(end)) return null;
  const duration = wallClockMinutes(end) - wallClockMinutes(previousStart);
  if (duration <= 0) return null;
  return wallClockFromMinutes(wallClockMinutes(nextStart) + duration);
}

/** Whether marking the meeting held now comes before its planned start (then the app asks first). */
export function isBeforeStart(meeting: { startsAt: string }, now: Date): boolean {
  return now.getTime() < Date.parse(meeting.startsAt);
}
