/**
 * Markdown safety for the Markdown export: plain text (titles, names, labels) escaped so it
 * cannot change the document's structure, and item minutes (Markdown already) embedded so
 * that raw HTML in them shows as text, their headings sit below the item's heading, and an
 * unclosed code fence cannot swallow the rest of the document.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Root } from 'mdast';
import { withoutControlChars } from './plain-text';


/**
 * Plain text as one line of inline Markdown: every character Markdown could read as syntax
 * is backslash-escaped (CommonMark allows that for any ASCII punctuation).
 */
export function escapeMarkdown(text: string): string {
  const line = withoutControlChars(text).replace(/\s+/g, ' ').trim();
  return (
    line
      .replace(/[\\`*_[\]<>|~#]/g, (char) => `\\${char}`)
      // An entity (&amp; &#60;) would be decoded; a lone "&" is fine.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      // At the start, text can open a block: a list ("- ", "+ ", "1. "), a quote or a setext line.
      .replace(/^([-+=>])/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  );
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/**
 * Item minutes to embed in the Markdown export, below a heading of level `baseDepth`:
 * raw HTML is escaped (so a viewer shows `<script>` as text), links other than web and mail
 * links are left as text, headings are moved down by
 * `baseDepth` (at most to level 6), and an unclosed code fence at the end is closed.
 */
export function embedMinutesMarkdown(markdown: string, baseDepth: number): string {
  const source = withoutControlChars(markdown).replace(/\r\n?/g, '\n');
  const tree: Root = fromMarkdown(source);
  const edits: Edit[] = [];
  walk(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'html') {
      for (let index = start; index < end; index += 1) {
        if (source[index] === '<') edits.push({ at: index, remove: 0, insert: '\\' });
      }
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      // "[x](javascript:…)" stays as text; the bracket (or "<" of an autolink) is escaped.
      edits.push({ at: source[start] === '!' ? start + 1 : start, remove: 0, insert: '\\' });
    } else if (node.type === 'heading') {
      const depth = Math.min(6, node.depth + baseDepth);
      if (source[start] === '#') {
        edits.push({ at: start, remove: 0, insert: '#'.repeat(depth - node.depth) });
      } else {
        // A setext heading (text underlined with === or ---): rewritten as an ATX heading.
        const underline = source.lastIndexOf('\n', end - 1);
        if (underline > start) {
          edits.push({ at: start, remove: 0, insert: `${'#'.repeat(depth)} ` });
          edits.push({ at: underline, remove: end - underline, insert: '' });
        }
      }
    }
  });
  let result = source;
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at + edit.remove);
  }
  return closeOpenFence(result).trim();
}

/** Web and mail links, and relative ones; never javascript:, data:, file: or the like. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1];
  return scheme === undefined || ['http', 'https', 'mailto'].includes(scheme.toLowerCase());
}

/** A fenced code block left open at the end would turn everything after it into code. */
function closeOpenFence(markdown: string): string {
  const tree = fromMarkdown(markdown);
  const last = tree.children.at(-1);
  if (last?.type !== 'code' || last.position?.start.offset === undefined) return markdown;
  const text = markdown.slice(last.position.start.offset, last.position.end.offset);
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
  if (!fence) return markdown;
  const lines = text.split('\n');
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
  const closed = lines.length > 1 && closing.test(lines.at(-1) ?? '');
  return closed ? markdown : `${markdown.replace(/\n+$/, '')}\n${fence}`;
}
