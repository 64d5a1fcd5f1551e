/**
 * The period a period's figures are compared with: the one of equal length immediately
 * before it (and, for the next edition of a picture, the one immediately after).
 *
 * "Equal length" is calendar length when the period is made of whole months: a year is
 * compared with the year before (2024 has 366 days, 2023 has 365, but both are "a year"),
 * a quarter with the quarter before (Q1 has 90 or 91 days, Q2 91). Counting days would
 * compare 2025 with 31 Dec 2023 – 30 Dec 2024 and Q2 with 31 Dec – 31 Mar, which nobody
 * reading a report expects. Any other period (15 March – 14 June) is compared day for day.
 * Pure ISO-date arithmetic in UTC, so no computer's time zone or daylight saving can move a day.
 */
import { addDays } from './date-time';

export interface DatePeriod {
  /** First day, included. */
  start: string;
  /** Last day, included. */
  end: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

function parts(isoDate: string): [year: number, month: number, day: number] {
  return isoDate.split('-').map(Number) as [number, number, number];
}

/** The first day of the month `offset` months from the month of `isoDate` ("2026-04-17", -3 → "2026-01-01"). */
function firstOfMonth(isoDate: string, offset: number): string {
  const [year, month] = parts(isoDate);
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

function isLastDayOfMonth(isoDate: string): boolean {
  return addDays(isoDate, 1).endsWith('-01');
}

/** How many whole calendar months the period is, or null when it does not start on a 1st and end on a month's last day. */
export function wholeMonthsIn(period: DatePeriod): number | null {
  if (!period.start.endsWith('-01') || !isLastDayOfMonth(period.end) || period.end < period.start) return null;
  const [startYear, startMonth] = parts(period.start);
  const [endYear, endMonth] = parts(period.end);
  return (endYear - startYear) * 12 + (endMonth - startMonth) + 1;
}

/** Days in the period, both ends included. */
export function daysIn(period: DatePeriod): number {
  return Math.round((Date.parse(`${period.end}T00:00:00Z`) - Date.parse(`${period.start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The period of equal length that ends the day before `period` starts. */
export function previousPeriod(period: DatePeriod): DatePeriod {
  const end = addDays(period.start, -1);
  const months = wholeMonthsIn(period);
  if (months !== null) return { start: firstOfMonth(period.start, -months), end };
  return { start: addDays(period.start, -daysIn(period)), end };
}

/** The period of equal length that starts the day after `period` ends. */
export function followingPeriod(period: DatePeriod): DatePeriod {
  const start = addDays(period.end, 1);
  const months = wholeMonthsIn(period);
  if (months !== null) return { start, end: addDays(firstOfMonth(start, months), -1) };
  return { start, end: addDays(period.end, daysIn(period)) };
}
