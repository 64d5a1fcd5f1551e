/**
 * A report (risk picture edition or figures) as a self-contained HTML document to print to
 * PDF, on the minutes' print path (export/print-html.ts): the desktop prints it with
 * JavaScript off, the web edition through the browser's print dialog in a frame whose CSP
 * forbids inline styles (hence the linked stylesheets there).
 *
 * Every text goes through escapeHtml. Charts are embedded as images from data: URLs (base64
 * of the SVG that ECharts drew): an image runs no script and its own styles stay inside it,
 * so nothing a chart holds can add markup to the document, and both the document's CSP
 * ("img-src data:") and the app's (no inline styles) let it through.
 */
import type { ChartSpec } from '../../charts/chart-spec';
import { renderChartSvg, svgSize } from '../../charts/render-svg';
import { escapeHtml as esc } from '../html-escape';
import type { OutlineFact, OutlineTable } from '../outline';
import { printCsp, type PrintStyle } from '../print-html';
import type { ReportBlock, ReportDocument, ReportSection } from './report-document';

/** Draws a chart as an SVG document; injected so tests need no chart library. */
export type ChartSvg = (spec: ChartSpec) => string;

export const chartSize = { width: 680, height: 300 } as const;

const defaultChartSvg: ChartSvg = (spec) => renderChartSvg(spec, chartSize);

/** UTF-8 text as base64, in the browser and in Node alike. */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

function table(data: OutlineTable, caption?: string): string {
  const head = data.columns.map((column) => `<th scope="col">${esc(column)}</th>`).join('');
  const rows = data.rows.map((row) => `<tr>${row.map((lines) => `<td>${lines.map(esc).join('<br>')}</td>`).join('')}</tr>`);
  const captionHtml = caption ? `<caption>${esc(caption)}</caption>` : '';
  return `<table class="data">${captionHtml}<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function facts(list: OutlineFact[]): string {
  if (list.length === 0) return '';
  return `<dl class="facts">${list.map((entry) => `<dt>${esc(entry.label)}</dt><dd>${esc(entry.value)}</dd>`).join('')}</dl>`;
}

function chart(spec: ChartSpec, chartSvg: ChartSvg): string {
  const svg = chartSvg(spec);
  const size = svgSize(svg, chartSize);
  const source = `data:image/svg+xml;base64,${base64(svg)}`;
  return `<figure class="chart"><img src="${source}" alt="${esc(spec.title)}" width="${size.width}" height="${size.height}"><figcaption>${esc(spec.title)}</figcaption></figure>`;
}

function block(entry: ReportBlock, chartSvg: ChartSvg): string {
  switch (entry.kind) {
    case 'subheading':
      return `<h3>${esc(entry.text)}${entry.note ? ` <span class="section-marking">${esc(entry.note)}</span>` : ''}</h3>`;
    case 'paragraph':
      return `<p>${esc(entry.text).replace(/\n/g, '<br>')}</p>`;
    case 'note':
      return `<p class="notice">${esc(entry.text)}</p>`;
    case 'facts':
      return facts(entry.facts);
    case 'bullets':
      return `<ul>${entry.entries.map((text) => `<li>${esc(text)}</li>`).join('')}</ul>`;
    case 'table':
      return table(entry.table, entry.caption);
    case 'chart':
      return chart(entry.spec, chartSvg);
  }
}

function section(entry: ReportSection, chartSvg: ChartSvg): string {
  const marking = entry.marking ? `<p class="section-marking">${esc(entry.marking)}</p>` : '';
  // The id is ours ("threats", a figure section's id), but it is escaped like any attribute value.
  return `<section class="report-section" data-section="${esc(entry.id)}"><h2>${esc(entry.heading)}</h2>${marking}${entry.blocks.map((item) => block(item, chartSvg)).join('')}</section>`;
}

function styleElement(style: PrintStyle): string {
  if ('href' in style) return `<link rel="stylesheet" href="${esc(style.href)}">`;
  return `<style>${style.css.replace(/<\/style/gi, '<\\/style')}</style>`;
}

/** The document's CSP: the minutes' policy, allowing the stylesheets' origin when they are linked. */
function cspFor(styles: PrintStyle[]): string {
  return printCsp(styles.find((style) => 'href' in style) ?? { css: '' });
}

export function reportToPrintHtml(doc: ReportDocument, styles: PrintStyle[], chartSvg: ChartSvg = defaultChartSvg): string {
  const running = `<span class="marking">${esc(doc.marking)}</span>${doc.draftMark ? `<span class="draft-mark">${esc(doc.draftMark)}</span>` : ''}`;
  const cover = [
    doc.draftMark ? `<p class="draft-note">${esc(doc.draftMark)}</p>` : '',
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="cover-marking">${esc(doc.marking)}</p>`,
    doc.notices.map((notice) => `<p class="notice">${esc(notice)}</p>`).join(''),
    facts(doc.facts),
  ].join('');
  return [
    '<!doctype html>',
    `<html lang="${esc(doc.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${cspFor(styles)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(doc.title)}</title>`,
    ...styles.map(styleElement),
    '</head>',
    `<body class="report ${doc.draftMark ? 'draft' : 'final'}">`,
    // Fixed elements repeat on every printed page in Chromium: the marking at the top and bottom of each.
    `<header class="running-header">${running}</header>`,
    `<footer class="running-footer">${running}</footer>`,
    '<table class="page-frame" role="presentation"><thead><tr><td><div class="header-space"></div></td></tr></thead>',
    '<tfoot><tr><td><div class="footer-space"></div></td></tr></tfoot><tbody><tr><td>',
    `<main>${cover}${doc.sections.map((entry) => section(entry, chartSvg)).join('\n')}</main>`,
    '</td></tr></tbody></table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
