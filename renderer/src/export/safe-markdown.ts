/**
 * Safe Markdown from Markdown someone typed: the text is read into a syntax tree (mdast) and
 * written back by this module alone, so the result holds only the structure written here:
 * paragraphs, headings, lists, quotes, code, emphasis, and links and images to http(s) and
 * mailto addresses. Everything else keeps its text and loses its power:
 *
 * - raw HTML (tags, comments, <details>) is shown as the text it is;
 * - a link, image or reference definition to any other address (javascript:, data:, file:,
 *   relative paths) is shown as the text the user typed, "[d](data:…)" included;
 * - every text value is escaped (markdown-text.ts), so no "<", "[" or entity in it can open
 *   anything when the result is read again.
 *
 * Rewriting the source in place instead (escaping a bracket here, a "<" there) is not
 * enough: escaping the "[" of a link or the "<" of an HTML block hands what was inside it
 * (an address holding "<script>", a link inside the HTML) back to the parser as live syntax.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Code, Definition, List, Nodes, Root, RootContent } from 'mdast';
import { escapeMarkdownText, isSafeUrl } from './markdown-text';
import { destination, inline, plainText, title, type InlineContext } from './safe-markdown-inline';
import { withoutControlChars } from './plain-text';

interface BlockContext extends InlineContext {
  /** Headings are moved down by this many levels (at most to level 6). */
  headingOffset: number;
}

function prefixLines(text: string, first: string, rest: string, blank: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? `${first}${line}` : line === '' ? blank : `${rest}${line}`))
    .join('\n');
}

function codeBlock(node: Code): string {
  const info = [node.lang, node.meta].filter(Boolean).join(' ');
  // A backtick fence may not have a backtick in its info string.
  const char = info.includes('`') ? '~' : '`';
  const longest = Math.max(0, ...(node.value.match(char === '`' ? /`+/g : /~+/g) ?? []).map((run) => run.length));
  const fence = char.repeat(Math.max(3, longest + 1));
  const opening = `${fence}${escapeMarkdownText(info.replace(/\s+/g, ' '))}`;
  return node.value === '' ? `${opening}\n${fence}` : `${opening}\n${node.value}\n${fence}`;
}

/** Text (an HTML block) as paragraphs of plain text, its lines kept. */
function linesAsText(value: string): string {
  return value
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeMarkdownText(line.trim()))
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function definition(node: Definition): string {
  const label = (node.label ?? node.identifier).replace(/\s+/g, ' ');
  if (isSafeUrl(node.url)) return `[${escapeMarkdownText(label)}]: ${destination(node.url)}${title(node.title)}`;
  return escapeMarkdownText(`[${label}]: ${node.url}${node.title ? ` "${node.title}"` : ''}`);
}

function list(node: List, context: BlockContext, alternate: boolean): string {
  const start = node.start ?? 1;
  const items = node.children.map((item, index) => {
    const marker = node.ordered ? `${start + index}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
    const content = blocks(item.children, context, item.spread ? '\n\n' : '\n');
    if (content === '') return marker;
    const indent = ' '.repeat(marker.length + 1);
    return prefixLines(content, `${marker} `, indent, '');
  });
  return items.join(node.spread ? '\n\n' : '\n');
}

function block(node: RootContent, context: BlockContext, alternate: boolean): string {
  switch (node.type) {
    case 'paragraph':
      return inline(node.children, context);
    case 'heading': {
      const depth = Math.min(6, node.depth + context.headingOffset);
      return `${'#'.repeat(depth)} ${inline(node.children, { ...context, singleLine: true })}`.trimEnd();
    }
    case 'thematicBreak':
      // Not "***" or "---": after a "*" or "-" list marker those would read as a rule of their own.
      return '___';
    case 'blockquote':
      return prefixLines(blocks(node.children, context, '\n\n'), '> ', '> ', '>');
    case 'list':
      return list(node, context, alternate);
    case 'code':
      return codeBlock(node);
    case 'html':
      return linesAsText(node.value);
    case 'definition':
      return definition(node);
    default:
      return escapeMarkdownText(plainText(node));
  }
}

function blocks(nodes: readonly RootContent[], context: BlockContext, separator: string): string {
  let alternate = false;
  return nodes
    .map((node, index) => {
      // Two lists in a row are kept apart by a different marker ("-" then "*", "." then ")").
      const previous = nodes[index - 1];
      alternate = node.type === 'list' && previous?.type === 'list' && previous.ordered === node.ordered ? !alternate : false;
      return block(node, context, alternate);
    })
    .filter((text) => text !== '')
    .join(separator);
}

function definitionsOf(tree: Root): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const visit = (node: Nodes) => {
    if (node.type === 'definition' && !found.has(node.identifier)) found.set(node.identifier, node);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}

/** What the result must never contain when read again: raw HTML, or a link anywhere but http(s) and mailto. */
function isUnsafe(node: Nodes): boolean {
  if (node.type === 'html') return true;
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) return true;
  return 'children' in node && node.children.some(isUnsafe);
}

/**
 * Markdown (item minutes) as safe Markdown, headings moved down by `headingOffset`. Code
 * fences are always closed, so nothing after the minutes can end up inside a code block.
 */
export function safeMarkdown(markdown: string, headingOffset = 0): string {
  const source = withoutControlChars(markdown).replace(/\r\n?/g, '\n');
  const tree = fromMarkdown(source);
  const context: BlockContext = { source, definitions: definitionsOf(tree), singleLine: false, headingOffset };
  const result = blocks(tree.children, context, '\n\n');
  // Built to be safe; checked anyway, and if the writer above ever missed a case, the
  // minutes are given as plain text rather than as live Markdown.
  return isUnsafe(fromMarkdown(result)) ? linesAsText(source) : result;
}
