/**
 * A report (risk picture edition or figures) as a Word document. Every page carries the
 * marking (and a draft's mark) in its header and again in its footer, beside "page / pages".
 * Charts are pictures: the SVG ECharts drew, rasterised to PNG by an injected function (a
 * canvas in the app, a fake in unit tests), with the chart's title as its alternative text.
 */
import { AlignmentType, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Tab, TabStopType, TextRun, type Table } from 'docx';
import type { ChartSpec } from '../../charts/chart-spec';
import { localeOf } from '../../i18n/language';
import { bullets, contentWidth, draftColour, facts, notice, page, runningHeader, table, text } from '../docx-parts';
import { withoutControlChars } from '../plain-text';
import type { ChartSvg } from './print-html';
import { svgSize } from '../../charts/render-svg';
import { chartSize } from './print-html';
import type { ReportBlock, ReportDocument } from './report-document';

type Block = Paragraph | Table;

/** SVG → PNG bytes at the size given (pixels). */
export type Rasterise = (svg: string, width: number, height: number) => Promise<Uint8Array>;

export interface DocxChartOptions {
  chartSvg: ChartSvg;
  rasterise: Rasterise;
}

/** Twice the size on paper, so the picture stays sharp when printed. */
const pixelScale = 2;

function heading(value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], note?: string): Paragraph {
  return new Paragraph({
    heading: level,
    keepNext: true,
    children: [text(value), ...(note ? [text(`  ${note}`, { size: 17, color: '444444', bold: false })] : [])],
  });
}

async function chart(spec: ChartSpec, options: DocxChartOptions): Promise<Paragraph[]> {
  const svg = options.chartSvg(spec);
  // Its own size: a chart with many series is taller (its legend takes more lines).
  const size = svgSize(svg, chartSize);
  const png = await options.rasterise(svg, size.width * pixelScale, size.height * pixelScale);
  const title = withoutControlChars(spec.title);
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          // Shown at the size the print version has; the pixels are `pixelScale` times more.
          transformation: { width: size.width * 0.93, height: size.height * 0.93 },
          altText: { name: title, title, description: title },
        }),
      ],
    }),
    new Paragraph({ children: [text(title, { italics: true, size: 18 })] }),
  ];
}

async function block(entry: ReportBlock, options: DocxChartOptions): Promise<Block[]> {
  switch (entry.kind) {
    case 'subheading':
      return [heading(entry.text, HeadingLevel.HEADING_3, entry.note)];
    case 'paragraph':
      return [
        new Paragraph({
          children: entry.text.split('\n').map((line, index) => new TextRun({ text: withoutControlChars(line), ...(index > 0 ? { break: 1 } : {}) })),
        }),
      ];
    case 'note':
      return [notice(entry.text)];
    case 'facts':
      return facts(entry.facts);
    case 'bullets':
      return bullets(entry.entries);
    case 'table':
      return [...(entry.caption ? [new Paragraph({ keepNext: true, children: [text(entry.caption, { bold: true, size: 18 })] })] : []), table(entry.table)];
    case 'chart':
      return chart(entry.spec, options);
  }
}

async function body(doc: ReportDocument, options: DocxChartOptions): Promise<Block[]> {
  const blocks: Block[] = [];
  if (doc.draftMark) blocks.push(new Paragraph({ children: [text(doc.draftMark, { bold: true, size: 32, color: draftColour })] }));
  blocks.push(heading(doc.title, HeadingLevel.HEADING_1));
  blocks.push(new Paragraph({ children: [text(doc.marking, { bold: true, size: 24 })] }));
  blocks.push(...doc.notices.map(notice), ...facts(doc.facts));
  for (const section of doc.sections) {
    blocks.push(heading(section.heading, HeadingLevel.HEADING_2));
    if (section.marking) blocks.push(new Paragraph({ children: [text(section.marking, { size: 17, color: '444444' })] }));
    for (const entry of section.blocks) blocks.push(...(await block(entry, options)));
  }
  return blocks;
}

/** The marking again at the foot of every page, and "page / pages". */
function markingFooter(marking: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        children: [
          text(marking, { bold: true, size: 18 }),
          new TextRun({ size: 16, children: [new Tab(), PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

const headingRun = (size: number) => ({ run: { size, bold: true, color: '000000', font: 'Calibri' }, paragraph: { spacing: { before: 240, after: 120 } } });

export async function reportToDocx(doc: ReportDocument, options: DocxChartOptions): Promise<Uint8Array<ArrayBuffer>> {
  const document = new Document({
    title: withoutControlChars(doc.title),
    creator: 'Roundtable',
    lastModifiedBy: 'Roundtable',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: localeOf(doc.language) } }, paragraph: { spacing: { after: 120 } } },
        heading1: headingRun(32),
        heading2: headingRun(26),
        heading3: headingRun(23),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin, header: 567, footer: 567 },
          },
        },
        headers: { default: runningHeader(doc.marking, doc.draftMark) },
        footers: { default: markingFooter(doc.marking) },
        children: await body(doc, options),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
