/**
 * The inline half of safe Markdown (see safe-markdown.ts): text, emphasis, code, breaks and
 * links written back from the syntax tree. Every text value goes through escapeMarkdownText;
 * a link or image is written as one only when its address passes isSafeUrl, and otherwise
 * shown as the text the user typed.
 */
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, PhrasingContent } from 'mdast';
import { escapeMarkdownText, isSafeUrl } from './markdown-text';

export interface InlineContext {
  /** The Markdown the tree was read from (to tell an autolink "<…>" from "[…](…)"). */
  source: string;
  /** Definitions by identifier, the first of each (as CommonMark resolves them). */
  definitions: ReadonlyMap<string, Definition>;
  /** In a heading: line breaks become spaces. */
  singleLine: boolean;
}

function text(value: string, context: InlineContext): string {
  return escapeMarkdownText(context.singleLine ? value.replace(/\s*\n\s*/g, ' ') : value);
}

/** Plain text of a node, as a reader sees it (images by their description). */
export function plainText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(plainText).join('');
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return '';
}

/** A link address in Markdown: bare when it can be, else in <…>; escapes keep it exactly as it is. */
export function destination(url: string): string {
  const escaped = url.replace(/[\\<>]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  return url === '' || /[\s()<>\\]/.test(url) ? `<${escaped}>` : escaped;
}

/** A link title in quotes (a tooltip: line breaks become spaces). */
export function title(value: string | null | undefined): string {
  if (!value) return '';
  const escaped = value
    .replace(/\s*\n\s*/g, ' ')
    .replace(/["\\]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  return ` "${escaped}"`;
}

/** What the user wrote after the link text, as plain text: "(address "title")". */
function resourceAsText(url: string, linkTitle: string | null | undefined): string {
  return escapeMarkdownText(`(${url}${linkTitle ? ` "${linkTitle}"` : ''})`);
}

function codeSpan(value: string): string {
  const runs = new Set((value.match(/`+/g) ?? []).map((run) => run.length));
  let size = 1;
  while (runs.has(size)) size += 1;
  const fence = '`'.repeat(size);
  // A space on each side keeps a backtick at either end from joining the fence.
  const padded = /^[` ]|[` ]$/.test(value) && value.trim() !== '' ? ` ${value} ` : value;
  return `${fence}${padded}${fence}`;
}

function link(node: Link, context: InlineContext): string {
  const label = inline(node.children, context);
  if (isSafeUrl(node.url)) return `[${label}](${destination(node.url)}${title(node.title)})`;
  if (context.source[node.position?.start.offset ?? -1] === '<') return escapeMarkdownText(`<${plainText(node)}>`);
  return `\\[${label}\\]${resourceAsText(node.url, node.title)}`;
}

function image(node: Image): string {
  const alt = escapeMarkdownText((node.alt ?? '').replace(/\s*\n\s*/g, ' '));
  if (isSafeUrl(node.url)) return `![${alt}](${destination(node.url)}${title(node.title)})`;
  return `!\\[${alt}\\]${resourceAsText(node.url, node.title)}`;
}

/** "[text][label]", "[text][]" or "[text]" as the user wrote it, for a reference not written as a link. */
function referenceAsText(node: LinkReference | ImageReference, shown: string): string {
  const label = node.referenceType === 'full' ? escapeMarkdownText(`[${node.label ?? node.identifier}]`) : node.referenceType === 'collapsed' ? '\\[\\]' : '';
  return `${node.type === 'imageReference' ? '!' : ''}\\[${shown}\\]${label}`;
}

/** A reference to a safe definition becomes an inline link to it; any other stays text. */
function reference(node: LinkReference | ImageReference, context: InlineContext): string {
  const target = context.definitions.get(node.identifier);
  if (node.type === 'linkReference') {
    if (target && isSafeUrl(target.url)) return link({ type: 'link', url: target.url, title: target.title, children: node.children }, context);
    return referenceAsText(node, inline(node.children, context));
  }
  if (target && isSafeUrl(target.url)) return image({ type: 'image', url: target.url, title: target.title, alt: node.alt });
  return referenceAsText(node, escapeMarkdownText(node.alt ?? ''));
}

function phrasing(node: PhrasingContent, context: InlineContext): string {
  switch (node.type) {
    case 'text':
    case 'html':
      // Inline HTML is shown as the text it is.
      return text(node.value, context);
    case 'emphasis':
      return `*${inline(node.children, context)}*`;
    case 'strong':
      return `**${inline(node.children, context)}**`;
    case 'inlineCode':
      return codeSpan(node.value);
    case 'break':
      return context.singleLine ? ' ' : '\\\n';
    case 'link':
      return link(node, context);
    case 'image':
      return image(node);
    case 'linkReference':
    case 'imageReference':
      return reference(node, context);
    default:
      return text(plainText(node), context);
  }
}

export function inline(nodes: readonly PhrasingContent[], context: InlineContext): string {
  return nodes.map((node) => phrasing(node, context)).join('');
}
