/**
 * File names for exports that every system accepts and that say what the file is:
 * "2026-03-05 Network meeting – Minutes (for circulation).docx". No characters Windows,
 * macOS or Linux forbid, no control or bidi characters (which can disguise an extension),
 * no reserved Windows names, and short enough for any file system (the title gives way).
 */
import type { MinutesDocument } from '../domain/minutes-document';
import { instantToWallClock } from '../domain/zoned-time';
import type { Language } from '../i18n/language';
import { exportTranslator } from './labels';
import { bidiControls } from './plain-text';

export type ExportExtension = 'md' | 'docx' | 'pdf' | 'html' | 'ics' | 'csv' | 'xlsx' | 'json';

/** In UTF-8 bytes, without the extension: far below the usual 255, leaving room for the folder's path. */
export const maxStemBytes = 150;

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

/** One part of a file name: forbidden characters replaced or dropped, spaces tidied. */
export function cleanFileNamePart(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(bidiControls, '')
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
      .replace(/\s*:\s+/g, ' - ')
      .replace(/[/\\:]/g, '-')
      .replace(/"/g, "'")
      .replace(/[*?<>|]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function truncate(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  let result = '';
  for (const char of text) {
    if (bytes(result + char) + bytes('…') > maxBytes) break;
    result += char;
  }
  return `${result.trimEnd()}…`;
}

const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A file name from a fixed start and end and a variable middle (a title), which is
 * shortened first when the name would be too long.
 */
export function safeFileName(parts: { start?: string; middle: string; end?: string }, extension: ExportExtension): string {
  const start = cleanFileNamePart(parts.start ?? '');
  const end = cleanFileNamePart(parts.end ?? '');
  const fixed = bytes(start) + bytes(end) + 2;
  const middle = truncate(cleanFileNamePart(parts.middle), Math.max(16, maxStemBytes - fixed));
  let stem = [start, middle, end].filter(Boolean).join(' ');
  stem = truncate(stem, maxStemBytes)
    // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!stem) stem = 'export';
  if (reserved.test(stem.split('.')[0] ?? '')) stem = `_${stem}`;
  return `${stem}.${extension}`;
}

/** The meeting's day as "2026-06-04", on the wall clock of its own zone (not UTC, not this computer's). */
function meetingDay(meeting: { startsAt: string; timeZone: string }): string {
  return instantToWallClock(meeting.startsAt, meeting.timeZone).slice(0, 10);
}

/** "2026-03-05 Title – Minutes (for circulation) – DRAFT.md" */
export function minutesFileName(doc: MinutesDocument, language: Language, extension: ExportExtension): string {
  const l = exportTranslator(language);
  const version = l.t(doc.variant === 'circulation' ? 'fileName.circulation' : 'fileName.full');
  const end = `– ${l.t('fileName.minutes')} (${version})${doc.draft ? ` – ${l.t('draft')}` : ''}`;
  return safeFileName({ start: meetingDay(doc.meeting), middle: doc.meeting.title, end }, extension);
}

/** "2026-03-05 Title.ics" */
export function meetingCalendarFileName(doc: Pick<MinutesDocument, 'meeting'>): string {
  return safeFileName({ start: meetingDay(doc.meeting), middle: doc.meeting.title }, 'ics');
}

/** "Actions.ics", or "2026-03-05 Title – Actions.ics" for the actions of one meeting. */
export function actionsFileName(language: Language, meeting?: { startsAt: string; timeZone: string; title: string }): string {
  const label = exportTranslator(language).t('fileName.actions');
  if (!meeting) return safeFileName({ middle: label }, 'ics');
  return safeFileName({ start: meetingDay(meeting), middle: meeting.title, end: `– ${label}` }, 'ics');
}
