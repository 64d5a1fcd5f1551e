/** Dates, times and numbers in the user's language. */
import { instantToWallClock, machineTimeZone } from '../domain/zoned-time';
import { localeOf, type Language } from './language';

/**
 * One date style everywhere, on screen and in exports: "01.12.2026" in German, "1 Dec 2026"
 * in English; times as "18:00".
 */
const styles = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateTimeStyle = keyof typeof styles;

/**
 * Formatters are costly to create (a profile showed creating one per call as the top
 * self-time on every list), so there is one per language, style and zone. "local" is this
 * computer's zone as it was when the formatter was made.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(language: Language, style: DateTimeStyle, timeZone?: string): Intl.DateTimeFormat {
  const key = `${language}|${style}|${timeZone ?? 'local'}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf(language), { ...styles[style], ...(timeZone ? { timeZone } : {}) });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A calendar date ("2024-03-15") as the language writes it; UTC so it never shifts a day. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dateTimeFormat(language, 'date', 'UTC').format(new Date(Date.UTC(year, month - 1, day)));
}

/** Hours and minutes of a wall clock "…T14:30" as the language writes them. */
function wallClockTime(wallClock: string, language: Language): string {
  const match = /T(\d{2}):(\d{2})/.exec(wallClock);
  if (!match) return '';
  return dateTimeFormat(language, 'time', 'UTC').format(new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2]))));
}

/**
 * A span between two wall-clock times ("2026-12-01T18:00"), the date said once when both are
 * on one day ("01.12.2026, 18:00–20:00"), both dates when it runs past midnight
 * ("01.12.2026, 23:00 – 02.12.2026, 01:00"). Built from parts rather than
 * Intl.DateTimeFormat.formatRange, whose wording differs between ICU versions (German adds
 * "Uhr" to one and not the other).
 */
export function formatWallClockSpan(startWall: string, endWall: string, language: Language): string {
  const startDate = formatDate(startWall.slice(0, 10), language);
  const start = wallClockTime(startWall, language);
  if (endWall.slice(0, 10) === startWall.slice(0, 10)) return `${startDate}, ${start}–${wallClockTime(endWall, language)}`;
  return `${startDate}, ${start} – ${formatDate(endWall.slice(0, 10), language)}, ${wallClockTime(endWall, language)}`;
}

/** A moment (an ISO timestamp) in this computer's zone, or in `timeZone` when given. */
export function formatDateTime(isoStamp: string, language: Language, timeZone?: string): string {
  const date = new Date(isoStamp);
  if (Number.isNaN(date.getTime())) return isoStamp;
  return dateTimeFormat(language, 'dateTime', timeZone).format(date);
}

/** " (Europe/Berlin)" for a zone other than this computer's, so nobody reads it as local time. */
function zoneNote(timeZone: string): string {
  return timeZone === machineTimeZone() ? '' : ` (${timeZone})`;
}

/** When a meeting starts, on the wall clock of the zone it was planned in: "04.06.2026, 16:00 (Europe/Berlin)". */
export function formatMeetingTime(instant: string, timeZone: string, language: Language): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return `${dateTimeFormat(language, 'dateTime', timeZone).format(date)}${zoneNote(timeZone)}`;
}

/** A meeting's start and end in its own zone, the date said once when it is one day: "04.06.2026, 16:00–18:00". */
export function formatMeetingSpan(startsAt: string, endsAt: string, timeZone: string, language: Language): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start) return formatMeetingTime(startsAt, timeZone, language);
  return `${formatWallClockSpan(instantToWallClock(startsAt, timeZone), instantToWallClock(endsAt, timeZone), language)}${zoneNote(timeZone)}`;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
const collators = new Map<Language, Intl.Collator>();

export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(localeOf(language))));
  return format.format(value);
}

/** The language's sort order (one collator per language, made once: sorting calls it per pair). */
export function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(localeOf(language), { sensitivity: 'base', numeric: true })));
  return collator;
}
