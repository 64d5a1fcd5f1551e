/**
 * Plain text as Markdown text for the Markdown export: every character Markdown could read
 * as syntax is backslash-escaped (CommonMark allows that for any ASCII punctuation), so text
 * a user wrote can never become a heading, list, link, HTML or any other structure.
 */
import { withoutControlChars } from './plain-text';

/** Characters that open or close inline syntax anywhere in a line (CommonMark, GFM tables and strikethrough). */
const inlineSyntax = /[\\`*_[\]<>|~#]/g;
/** An entity (&amp; &#60;) would be decoded; a lone "&" is fine. */
const entityStart = /&(?=#?[a-z0-9]+;)/gi;

/** At the start of a line, text can open a block: a list ("- ", "+ ", "1. "), a quote or a setext underline. */
function escapeLineStart(line: string): string {
  return line.replace(/^([ \t]*)([-+=])/, '$1\\$2').replace(/^([ \t]*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Text, line breaks kept, as inline Markdown that shows exactly this text. */
export function escapeMarkdownText(text: string): string {
  return withoutControlChars(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeLineStart(line.replace(inlineSyntax, (char) => `\\${char}`).replace(entityStart, '\\&')))
    .join('\n');
}

/** Plain text (a title, a name, a label) as one line of inline Markdown. */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownText(withoutControlChars(text).replace(/\s+/g, ' ').trim());
}

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a link or image in exported Markdown may point here: only absolute web and mail
 * addresses. Everything else (javascript:, data:, file:, relative and protocol-relative
 * paths, which resolve against wherever the file is opened) is shown as text instead. The
 * address is read by the URL parser, as a viewer would read it, so "java&#9;script:" with its
 * tab does not pass as a harmless relative path.
 */
export function isSafeUrl(url: string): boolean {
  try {
    return allowedProtocols.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
