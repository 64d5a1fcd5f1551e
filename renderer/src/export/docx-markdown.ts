/**
 * Item minutes (Markdown) as DOCX paragraphs, by walking the Markdown syntax tree: never by
 * interpreting HTML. Raw HTML in the minutes comes out as the literal text it is; links
 * come out as their text followed by the address, since a printed page cannot be clicked.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Definition, List, Nodes, PhrasingContent, RootContent } from 'mdast';
import { BorderStyle, HeadingLevel, LevelFormat, Paragraph, TextRun, type IParagraphOptions, type NumberingDefinition } from 'docx';
import { withoutControlChars } from './plain-text';

export const monospace = 'Consolas';

interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  code?: boolean;
}

interface BlockContext {
  /** Nesting depth of lists (0 outside any). */
  listDepth: number;
  quoteDepth: number;
  /** Heading levels are moved down by this much. */
  baseDepth: number;
  definitions: Map<string, Definition>;
  /** Counts ordered lists across the document: each gets its own numbering definition. */
  lists: { count: number };
}

const headings = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

function run(text: string, style: InlineStyle): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    ...(style.code ? { font: monospace } : {}),
  });
}

function plainText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(plainText).join('');
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return '';
}

function withUrl(children: TextRun[], label: string, url: string, style: InlineStyle): TextRun[] {
  return url && url !== label ? [...children, run(` (${url})`, style)] : children;
}

function inline(nodes: PhrasingContent[], style: InlineStyle, context: BlockContext): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    switch (node.type) {
      case 'text':
        // A line break inside a paragraph is a space (a "soft" break).
        return [run(node.value.replace(/\n/g, ' '), style)];
      case 'html':
        return [run(node.value, style)];
      case 'inlineCode':
        return [run(node.value, { ...style, code: true })];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'strong':
        return inline(node.children, { ...style, bold: true }, context);
      case 'emphasis':
        return inline(node.children, { ...style, italics: true }, context);
      case 'link':
        return withUrl(inline(node.children, style, context), plainText(node), node.url, style);
      case 'linkReference': {
        const url = context.definitions.get(node.identifier)?.url ?? '';
        return withUrl(inline(node.children, style, context), plainText(node), url, style);
      }
      case 'image':
        return withUrl(node.alt ? [run(node.alt, style)] : [], node.alt ?? '', node.url, style);
      case 'imageReference': {
        const url = context.definitions.get(node.identifier)?.url ?? '';
        return withUrl(node.alt ? [run(node.alt, style)] : [], node.alt ?? '', url, style);
      }
      default:
        return [run(plainText(node), style)];
    }
  });
}

/** Lines as runs separated by line breaks (code blocks, HTML blocks). */
function lines(text: string, style: InlineStyle): TextRun[] {
  return text.split('\n').flatMap((line, index) => (index === 0 ? [run(line, style)] : [new TextRun({ break: 1 }), run(line, style)]));
}

function indentOf(context: BlockContext): IParagraphOptions['indent'] {
  const left = 720 * (context.listDepth + context.quoteDepth);
  return left > 0 ? { left } : undefined;
}

/** A numbering definition of its own, so that every list starts at its own first number. */
function orderedList(context: BlockContext, list: List): NumberingDefinition {
  context.lists.count += 1;
  const start = list.start ?? 1;
  return {
    reference: `minutes-list-${context.lists.count}`,
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      format: LevelFormat.DECIMAL,
      text: `%${level + 1}.`,
      start: level === context.listDepth ? start : 1,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  };
}

function listItems(list: List, context: BlockContext): Paragraph[] {
  const numbering = list.ordered ? orderedList(context, list) : null;
  const level = Math.min(context.listDepth, 8);
  const inner: BlockContext = { ...context, listDepth: context.listDepth + 1 };
  return list.children.flatMap((item) => {
    const [first, ...rest] = item.children;
    const marker: IParagraphOptions = numbering ? { numbering: { reference: numbering, level } } : { bullet: { level } };
    const head =
      first?.type === 'paragraph'
        ? [new Paragraph({ ...marker, children: inline(first.children, {}, context) })]
        : [new Paragraph({ ...marker, children: [] }), ...(first ? blocks([first], inner) : [])];
    return [...head, ...blocks(rest, inner)];
  });
}

function blocks(nodes: RootContent[], context: BlockContext): Paragraph[] {
  const indent = indentOf(context);
  return nodes.flatMap((node): Paragraph[] => {
    switch (node.type) {
      case 'paragraph':
        return [new Paragraph({ indent, children: inline(node.children, context.quoteDepth > 0 ? { italics: true } : {}, context) })];
      case 'heading':
        return [new Paragraph({ indent, heading: headings[Math.min(5, node.depth - 1 + context.baseDepth)], children: inline(node.children, {}, context) })];
      case 'list':
        return listItems(node, context);
      case 'blockquote':
        return blocks(node.children, { ...context, quoteDepth: context.quoteDepth + 1 });
      case 'code':
        return [new Paragraph({ indent, children: lines(node.value, { code: true }) })];
      case 'html':
        return [new Paragraph({ indent, children: lines(node.value, {}) })];
      case 'thematicBreak':
        return [new Paragraph({ indent, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
      case 'definition':
        return [];
      default:
        return [new Paragraph({ indent, children: [run(plainText(node), {})] })];
    }
  });
}

/**
 * Paragraphs for one item's minutes, with their headings moved down by `baseDepth`
 * (a "# Heading" in the minutes of an item whose heading is level 2 becomes level 3).
 * `lists` counts ordered lists across the whole document; pass the same object for every item.
 */
export function markdownToDocx(markdown: string, options: { baseDepth: number; lists: { count: number } }): Paragraph[] {
  const tree = fromMarkdown(withoutControlChars(markdown).replace(/\r\n?/g, '\n'));
  const definitions = new Map<string, Definition>();
  const collect = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
    if ('children' in node) node.children.forEach(collect);
  };
  collect(tree);
  return blocks(tree.children, { listDepth: 0, quoteDepth: 0, baseDepth: options.baseDepth, definitions, lists: options.lists });
}
