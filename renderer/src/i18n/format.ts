/** Dates, times and numbers in the user's language. */
import { localeOf, type Language } from './language';

/** A calendar date ("2024-03-15") as the language writes it; UTC so it never shifts a day. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A moment (an ISO timestamp) in local time. */
export function formatDateTime(isoStamp: string, language: Language): string {
  const date = new Date(isoStamp);
  if (Number.isNaN(date.getTime())) return isoStamp;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

export function collatorFor(language: Language): Intl.Collator {
  return new Intl.Collator(localeOf(language), { sensitivity: 'base', numeric: true });
}
