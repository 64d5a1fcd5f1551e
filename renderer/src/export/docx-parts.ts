/** Building blocks of the DOCX minutes: tables, facts, notices, running header and footer. */
import { BorderStyle, Footer, Header, PageNumber, Paragraph, ShadingType, Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType } from 'docx';
import type { OutlineFact, OutlineTable } from './outline';
import { withoutControlChars } from './plain-text';

/** A4 with 2 cm margins, in twentieths of a point. */
export const page = { width: 11906, height: 16838, margin: 1134 };
export const contentWidth = page.width - 2 * page.margin;
export const draftColour = 'B00020';

/** Text for a run: without the control characters XML cannot hold. */
export function text(value: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun {
  return new TextRun({ text: withoutControlChars(value), ...options });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border };

/** Relative column widths: the first column of action tables (item number) is narrow. */
function columnWidths(columns: string[], narrowFirst: boolean): number[] {
  const weights = columns.map((_, index) => (narrowFirst && index === 0 ? 0.5 : index === (narrowFirst ? 1 : 0) ? 2 : 1.2));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.floor((contentWidth * weight) / total));
}

function cell(lines: string[], header: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E6E6E6' } } : {}),
    children: (lines.length > 0 ? lines : ['']).map((line) => new Paragraph({ spacing: { after: 0 }, children: [text(line, { bold: header })] })),
  });
}

export function table(data: OutlineTable, options: { narrowFirst?: boolean } = {}): Table {
  const widths = columnWidths(data.columns, options.narrowFirst ?? false);
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: data.columns.map((column, index) => cell([column], true, widths[index] ?? 0)) }),
      ...data.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((lines, index) => cell(lines, false, widths[index] ?? 0)) })),
    ],
  });
}

export function facts(list: OutlineFact[]): Paragraph[] {
  return list.map((entry) => new Paragraph({ spacing: { after: 40 }, children: [text(`${entry.label}: `, { bold: true }), text(entry.value)] }));
}

export function notice(value: string): Paragraph {
  return new Paragraph({
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: '666666', space: 8 } },
    indent: { left: 240 },
    children: [text(value, { italics: true })],
  });
}

export function bullets(entries: string[]): Paragraph[] {
  return entries.map((entry) => new Paragraph({ bullet: { level: 0 }, children: [text(entry)] }));
}

/** The marking on every page, with the draft mark beside it while the minutes are a draft. */
export function runningHeader(marking: string, draftMark: string | null): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } },
        children: [
          text(marking, { bold: true, size: 18 }),
          ...(draftMark ? [new TextRun({ children: [new Tab()] }), text(draftMark, { bold: true, size: 18, color: draftColour })] : []),
        ],
      }),
    ],
  });
}

/** The document's title and "page / pages" on every page. */
export function runningFooter(title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        children: [
          text(title, { size: 16, color: '555555' }),
          new TextRun({ size: 16, children: [new Tab(), PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
