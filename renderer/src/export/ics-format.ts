/** Helpers for the calendar exports: dates for the `ics` library, safe values, line folding. */
import { createEvents, type DateArray, type EventAttributes, type HeaderAttributes } from 'ics';
import { withoutControlChars } from './plain-text';

/**
 * A stored UTC instant ("2026-06-04T14:00:00.000Z") as the `ics` library's
 * [year, month, day, hour, minute] in UTC, to be passed with input and output type "utc".
 */
export function utcDateTimeArray(instant: string): DateArray {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(instant)) throw new Error(`Not a UTC instant: "${instant}"`);
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a UTC instant: "${instant}"`);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
}

/** A calendar date "2026-04-01" as [year, month, day], or null if it is none. */
export function dateArray(value: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.getUTCDate() !== Number(match[3])) return null;
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** The day after, for the (exclusive) end of an all-day event. */
export function nextDay([year, month, day]: [number, number, number]): [number, number, number] {
  const date = new Date(Date.UTC(year, month - 1, day + 1));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** Text for a property value: no control characters (the library escapes , ; \ and newlines). */
export function icsText(value: string): string {
  return withoutControlChars(value).replace(/\r\n?/g, '\n').trim();
}

/**
 * A name for a CN="…" parameter: one line, and no double quote, which a parameter value
 * cannot contain (the library would write an invalid \").
 */
export function icsName(value: string): string {
  return withoutControlChars(value).replace(/\s+/g, ' ').replace(/"/g, "'").trim();
}

const encoder = new TextEncoder();

/**
 * Folds content lines at 75 octets, as RFC 5545 asks: the library counts characters, so
 * a line full of umlauts would run longer. Never splits a character.
 */
export function foldLines(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        const limit = parts.length === 0 ? 75 : 74;
        if (octets + size > limit) {
          // Keep an escape ("\n", "\,") on one line: lenient readers unfold before unescaping, others may not.
          const cut = /(?<!\\)(?:\\\\)*\\$/.test(current) ? current.length - 1 : current.length;
          parts.push(current.slice(0, cut));
          current = current.slice(cut);
          octets = encoder.encode(current).length;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}

/** Runs the `ics` library and turns its { error, value } into a string or a thrown Error. */
export function calendar(events: EventAttributes[], header: HeaderAttributes): string {
  const { error, value } = createEvents(events, header);
  if (error || value === null) throw new Error(`Could not write the calendar file: ${messageOf(error)}`);
  return foldLines(value);
}
