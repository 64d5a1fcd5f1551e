/** Text hygiene shared by the exporters. */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Removes control characters other than tab and line breaks: XML (DOCX) forbids them,
 * iCalendar forbids them, and in HTML and Markdown they only cause trouble.
 */
export function withoutControlChars(text: string): string {
  return text.replace(controlChars, '');
}

/** Bidirectional overrides and isolates, which can make "txt.exe" read as "exe.txt". */
export const bidiControls = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
