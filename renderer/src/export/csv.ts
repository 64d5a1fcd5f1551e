/**
 * CSV that spreadsheet programs open correctly: a byte-order mark so Excel reads UTF-8
 * (ä, ß, €), CRLF line ends, every field quoted (quotes doubled, line breaks kept inside the
 * field), and the separator the language's Excel expects: ";" where the decimal comma is
 * used (German), "," otherwise. Cells starting with = + - @ are prefixed with ' so a
 * spreadsheet never runs a partner's text as a formula (CSV injection).
 */
import Papa from 'papaparse';
import type { Language } from '../i18n/language';

export const csvSeparators: Record<Language, ';' | ','> = { de: ';', en: ',' };

const byteOrderMark = '\uFEFF';

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], separator: ';' | ','): string {
  const body = Papa.unparse([header as string[], ...(rows as string[][])], {
    delimiter: separator,
    newline: '\r\n',
    quotes: true,
    escapeFormulae: true,
  });
  return `${byteOrderMark}${body}\r\n`;
}
