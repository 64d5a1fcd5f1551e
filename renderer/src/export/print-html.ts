/**
 * Minutes as a self-contained HTML document to print to PDF: in the desktop app through
 * Electron's printToPDF (JavaScript off), in the web edition through the browser's print
 * dialog in an iframe whose CSP forbids inline styles (hence the `href` style option).
 *
 * Every piece of text from records goes through escapeHtml; item minutes go through
 * safeMarkdown and then micromark with its safe defaults (see minutesHtml). The document's
 * own CSP forbids scripts of any kind.
 */
import { micromark } from 'micromark';
import type { MinutesDocument } from '../domain/minutes-document';
import type { Language } from '../i18n/language';
import { escapeHtml as esc } from './html-escape';
import { exportTranslator } from './labels';
import { minutesOutline, type MinutesOutline, type OutlineFact, type OutlineItem, type OutlineTable } from './outline';
import { safeMarkdown } from './safe-markdown';

export type PrintStyle = { css: string } | { href: string };

function table(data: OutlineTable): string {
  const head = data.columns.map((column) => `<th scope="col">${esc(column)}</th>`).join('');
  const rows = data.rows.map((row) => `<tr>${row.map((lines) => `<td>${lines.map(esc).join('<br>')}</td>`).join('')}</tr>`);
  return `<table class="data"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function facts(list: OutlineFact[]): string {
  if (list.length === 0) return '';
  return `<dl class="facts">${list.map((entry) => `<dt>${esc(entry.label)}</dt><dd>${esc(entry.value)}</dd>`).join('')}</dl>`;
}

function notices(list: string[]): string {
  return list.map((entry) => `<p class="notice">${esc(entry)}</p>`).join('');
}

function section(heading: string, content: string, className: string): string {
  return `<section class="${className}"><h2>${esc(heading)}</h2>${content}</section>`;
}

function list(entries: string[]): string {
  return `<ul>${entries.map((entry) => `<li>${esc(entry)}</li>`).join('')}</ul>`;
}

/**
 * Markdown minutes as HTML, headings moved below the item's level-2 heading. The minutes are
 * made safe Markdown first (safe-markdown.ts: raw HTML as text, links only to web and mail
 * addresses, others shown as the text typed), the same rules as the Markdown export; micromark's
 * own safe defaults (HTML escaped, dangerous protocols dropped) stay on behind that.
 */
export function minutesHtml(markdown: string): string {
  return micromark(safeMarkdown(markdown, 2));
}

function item(entry: OutlineItem): string {
  const parts = [facts(entry.facts), notices(entry.notices)];
  if (entry.minutes !== null) parts.push(`<div class="minutes">${minutesHtml(entry.minutes)}</div>`);
  if (entry.decisions) parts.push(`<h3>${esc(entry.decisions.heading)}</h3>${list(entry.decisions.entries)}`);
  if (entry.arising) {
    parts.push(`<h3>${esc(entry.arising.heading)}</h3>`, entry.arising.table ? table(entry.arising.table) : `<p>${esc(entry.arising.empty)}</p>`);
  }
  return section(entry.heading, parts.join(''), 'item');
}

function main(outline: MinutesOutline): string {
  const parts: string[] = [];
  if (outline.draftNote) parts.push(`<p class="draft-note">${esc(outline.draftNote)}</p>`);
  parts.push(`<h1>${esc(outline.title)}</h1>`, notices(outline.notices), facts(outline.facts));
  const attendance = outline.attendance.table ? table(outline.attendance.table) : `<p>${esc(outline.attendance.empty)}</p>`;
  parts.push(section(outline.attendance.heading, attendance, 'attendance'));
  parts.push(...outline.items.map(item));
  const actions = outline.actions.table ? table(outline.actions.table) : `<p>${esc(outline.actions.empty)}</p>`;
  parts.push(section(outline.actions.heading, actions, 'actions'));
  if (outline.amendments) parts.push(section(outline.amendments.heading, list(outline.amendments.entries), 'amendments'));
  if (outline.circulations) parts.push(section(outline.circulations.heading, list(outline.circulations.entries), 'circulations'));
  return `<main>${parts.join('\n')}</main>`;
}

/** The stylesheet's origin, when it is given as an absolute web address. */
function originOf(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

export function printCsp(style: PrintStyle): string {
  const styleSources = ["'unsafe-inline'"];
  if ('href' in style) {
    styleSources.push("'self'");
    const origin = originOf(style.href);
    if (origin) styleSources.push(origin);
  }
  return `default-src 'none'; style-src ${styleSources.join(' ')}; img-src data:; base-uri 'none'; form-action 'none'`;
}

function styleElement(style: PrintStyle): string {
  if ('href' in style) return `<link rel="stylesheet" href="${esc(style.href)}">`;
  // The stylesheet is ours, but nothing in it may close the <style> element early.
  return `<style>${style.css.replace(/<\/style/gi, '<\\/style')}</style>`;
}

export function minutesToPrintHtml(doc: MinutesDocument, language: Language, style: PrintStyle): string {
  const outline = minutesOutline(doc, exportTranslator(language));
  const draft = outline.draftMark
    ? {
        header: `<span class="draft-mark">${esc(outline.draftMark)}</span>`,
        watermark: `<div class="watermark" aria-hidden="true">${esc(outline.draftMark)}</div>`,
      }
    : { header: '', watermark: '' };
  return [
    '<!doctype html>',
    `<html lang="${esc(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Our own constant, plus at most a URL origin (which cannot hold a quote or "<").
    `<meta http-equiv="Content-Security-Policy" content="${printCsp(style)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(outline.title)}</title>`,
    styleElement(style),
    '</head>',
    `<body class="${outline.draftMark ? 'draft' : 'final'}">`,
    `<header class="running-header"><span class="marking">${esc(outline.marking)}</span>${draft.header}</header>`,
    draft.watermark,
    '<table class="page-frame" role="presentation"><thead><tr><td><div class="header-space"></div></td></tr></thead><tbody><tr><td>',
    main(outline),
    '</td></tr></tbody></table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
