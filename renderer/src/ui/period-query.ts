/**
 * The figures page's period lives in the URL (`?from=2025-01-01&to=2025-12-31`), so a link or
 * a reload shows the same figures. Without one, the last full year; a hand-edited period that
 * is not one (a date that does not exist, an end before the start) falls back to it, and says so.
 */
import { addDays } from '../domain/date-time';
import { lastFullYear, type FiguresPeriod } from '../domain/figures-period';
import { isPlausibleIsoDate, isRealIsoDate } from '../domain/validation';

export interface PeriodQuery {
  period: FiguresPeriod;
  /** The URL asked for a period that is not one; `period` is then the default. */
  invalid: boolean;
}

export const quickPeriods = ['lastFullYear', 'thisYear', 'last12Months'] as const;
export type QuickPeriod = (typeof quickPeriods)[number];

export function isUsableDate(value: string): boolean {
  return isRealIsoDate(value) && isPlausibleIsoDate(value);
}

export function isUsablePeriod(period: FiguresPeriod): boolean {
  return isUsableDate(period.start) && isUsableDate(period.end) && period.start <= period.end;
}

export function periodFromParams(params: URLSearchParams, today: string): PeriodQuery {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return { period: lastFullYear(today), invalid: false };
  const period = { start: from ?? '', end: to ?? '' };
  return isUsablePeriod(period) ? { period, invalid: false } : { period: lastFullYear(today), invalid: true };
}

export function paramsFromPeriod(period: FiguresPeriod): URLSearchParams {
  return new URLSearchParams({ from: period.start, to: period.end });
}

/** The period a quick choice stands for, seen from `today`. */
export function quickPeriod(choice: QuickPeriod, today: string): FiguresPeriod {
  const year = Number(today.slice(0, 4));
  switch (choice) {
    case 'lastFullYear':
      return lastFullYear(today);
    case 'thisYear':
      return { start: `${year}-01-01`, end: today };
    case 'last12Months': {
      // The day after the same day a year ago: twelve months up to and including today.
      const yearAgo = new Date(`${today}T00:00:00Z`);
      yearAgo.setUTCFullYear(year - 1);
      return { start: addDays(yearAgo.toISOString().slice(0, 10), 1), end: today };
    }
  }
}
