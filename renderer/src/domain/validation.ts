/**
 * Validation messages travel as references (a key plus values), never as finished text:
 * the domain knows no language, and the UI translates them with `validation:<key>`.
 */
import { z } from 'zod';

export const validationKeys = [
  'required',
  'tooLong',
  'email',
  'phone',
  'date',
  'dateRange',
  'dateTime',
  'endsBeforeStart',
  'nonexistentTime',
  'timeZone',
  'webLink',
  'ownerRequired',
  'number',
  'futureDate',
  'initials',
  'referrerRequired',
  'concernRequired',
  'justificationRequired',
  'choice',
  'categoryRequired',
  'partiesRequired',
  'duplicateParty',
  'legalBasisRequired',
  'specialCategoryBasis',
  'beforeStart',
  'signatureRequired',
  'samePartner',
  'agreementOrReason',
  'tooMany',
  'retentionMonths',
  'holdUntil',
] as const;
export type ValidationKey = (typeof validationKeys)[number];

export interface MessageRef {
  key: ValidationKey;
  values?: Record<string, string | number>;
}

/** Encodes a message reference into the string slot zod and react-hook-form carry. */
export function msg(key: ValidationKey, values?: MessageRef['values']): string {
  return JSON.stringify(values ? { key, values } : { key });
}

/** Reads back a reference; text that is not one (a library's own message) stays as it is. */
export function parseMessage(text: string | undefined): MessageRef | { text: string } | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'key' in parsed && (validationKeys as readonly unknown[]).includes((parsed as MessageRef).key)) {
      return parsed as MessageRef;
    }
  } catch {
    // not a reference
  }
  return { text };
}

/**
 * The longest text each kind of field takes, in characters as `countedLength` counts them.
 * The one source for both the schemas (which refuse longer text) and the form fields (which
 * show a counter near the limit): a field never cuts text, the schema refuses it on saving.
 */
export const limits = {
  name: 200,
  shortName: 40,
  role: 200,
  area: 100,
  notes: 5000,
  contactNotes: 2000,
  email: 254,
  phone: 40,
  webLink: 2000,
  documentReference: 500,
  minutes: 50000,
} as const;

/**
 * The length a limit applies to, as the schemas count it: zod's `.trim().max(n)` trims, then
 * counts Unicode code points (an emoji is one, a lone surrogate too; "ü" written as u + ¨ is
 * two). Fields count with this same function, so the counter never says "fits" for text the
 * schema refuses, or the other way round; a unit test holds the two together.
 */
export function countedLength(text: string): number {
  const trimmed = text.trim();
  let count = trimmed.length;
  for (let index = 0; index < trimmed.length - 1; index += 1) {
    const isPair = (trimmed.charCodeAt(index) & 0xfc00) === 0xd800 && (trimmed.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
    if (isPair) {
      count -= 1;
      index += 1;
    }
  }
  return count;
}

/** For text saved without a form schema: the `tooLong` message when it is over its limit. */
export function lengthProblem(text: string, max: number): string | undefined {
  return countedLength(text) > max ? msg('tooLong', { max }) : undefined;
}

/** A required single-line text, trimmed. */
export const requiredText = (max: number) =>
  z
    .string({ error: msg('required') })
    .trim()
    .min(1, { error: msg('required') })
    .max(max, { error: msg('tooLong', { max }) });

/** An optional text: empty input is stored as an empty string, never as undefined. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: msg('tooLong', { max }) })
    .default('');

export const optionalEmail = z
  .string()
  .trim()
  .max(limits.email, { error: msg('tooLong', { max: limits.email }) })
  .refine((value) => value === '' || z.email().safeParse(value).success, { error: msg('email') })
  .default('');

/**
 * Phone numbers as people write them: an optional leading +, digits, spaces and the usual
 * separators, with at least five digits (so "n/a" or "ask Petra" is caught).
 */
export const optionalPhone = z
  .string()
  .trim()
  .max(limits.phone, { error: msg('tooLong', { max: limits.phone }) })
  .refine((value) => value === '' || (/^\+?[0-9 ()/.-]+$/.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 5), { error: msg('phone') })
  .default('');

/** Years a record's date can plausibly fall in; outside is almost surely a typing slip. */
export const plausibleYears = { min: 1900, max: 2100 } as const;

/** A calendar date as YYYY-MM-DD that really exists (no 2025-02-30) in a plausible year, or empty. */
export const optionalIsoDate = z
  .string()
  .trim()
  .refine((value) => value === '' || isRealIsoDate(value), { error: msg('date') })
  .refine((value) => value === '' || !isRealIsoDate(value) || isPlausibleIsoDate(value), {
    error: msg('dateRange', plausibleYears),
  })
  .default('');

/** A required date that has happened: today or earlier (compared as local YYYY-MM-DD strings). */
export const pastOrToday = (today: () => string) =>
  z
    .string({ error: msg('required') })
    .trim()
    .min(1, { error: msg('required') })
    .refine((value) => value === '' || isRealIsoDate(value), { error: msg('date') })
    .refine((value) => !isRealIsoDate(value) || value <= today(), { error: msg('futureDate') });

export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isPlausibleIsoDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= plausibleYears.min && year <= plausibleYears.max;
}
