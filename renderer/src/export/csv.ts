/**
 * CSV that spreadsheet programs open correctly: a byte-order mark so Excel reads UTF-8
 * (ä, ß, €), CRLF line ends, every field quoted (quotes doubled, line breaks kept inside the
 * field), and the separator the language's Excel expects: ";" where the decimal comma is
 * used (German), "," otherwise. A cell a spreadsheet could read as a formula is prefixed
 * with ' so it never runs a partner's text (CSV injection; see defuseFormula).
 */
import Papa from 'papaparse';
import type { Language } from '../i18n/language';

export const csvSeparators: Record<Language, ';' | ','> = { de: ';', en: ',' };

const byteOrderMark = '\uFEFF';

/** What a spreadsheet skips before it looks for a formula: spaces, line breaks, invisible characters. */
const leadingBlank = /^[\s\p{Cc}\p{Cf}]*/u;
/** = + - @ start a formula (OWASP, "CSV Injection"); U+2212 is the typographic minus sign. */
const formulaStarters = new Set(['=', '+', '-', '@', '\u2212']);

/**
 * The cell, prefixed with ' when a spreadsheet could run it as a formula: when it starts with
 * a tab or carriage return (OWASP lists both), or its first non-blank character is = + - or
 * @, also in their full-width and small forms (＝ ﹦ ＋ － ＠…, folded by NFKC), whatever follows.
 * Otherwise the text is returned unchanged, so nothing is cut or altered.
 *
 * Not papaparse's `escapeFormulae`: its pattern /^[=+\-@\t\r].*$/ has no "s" flag, so
 * "=HYPERLINK(…)" followed by a line break does not match and reaches Excel live, and it does
 * not look past leading spaces or at full-width "＝".
 *
 * Negative numbers ("-5") and a lone "-" are defused too: our CSVs hold text, not figures, and
 * telling "-5" from "-5+A1" by pattern is exactly where injections slip through. Dates such
 * as "2026-04-15" start with a digit and stay as they are.
 */
export function defuseFormula(cell: string): string {
  if (cell.startsWith('\t') || cell.startsWith('\r')) return `'${cell}`;
  const first = cell.replace(leadingBlank, '').charAt(0).normalize('NFKC').charAt(0);
  return formulaStarters.has(first) ? `'${cell}` : cell;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], separator: ';' | ','): string {
  const cells = [header, ...rows].map((row) => row.map(defuseFormula));
  const body = Papa.unparse(cells, { delimiter: separator, newline: '\r\n', quotes: true });
  return `${byteOrderMark}${body}\r\n`;
}
