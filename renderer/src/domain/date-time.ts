/**
 * Dates and times on this computer's clock. Meeting times are not: they belong to the zone
 * the meeting was planned in (see zoned-time.ts).
 */

/** An instant as this computer's wall clock, "YYYY-MM-DDTHH:mm". */
export function isoToLocal(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Today's date as YYYY-MM-DD in local time. */
export function localToday(now: Date = new Date()): string {
  return isoToLocal(now.toISOString()).slice(0, 10);
}

/** A calendar date `days` later (or earlier) than a YYYY-MM-DD date, computed in UTC so no daylight-saving shift can skip a day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
