/**
 * Minutes as a Word document (DOCX), for partners who edit or file minutes in Office.
 * Every page carries the confidentiality marking (and the draft mark) in its header and
 * "page / pages" in its footer. Works in the browser and in Node alike: no Buffer.
 */
import { Document, HeadingLevel, Packer, Paragraph, type Table } from 'docx';
import type { MinutesDocument } from '../domain/minutes-document';
import { localeOf, type Language } from '../i18n/language';
import { markdownToDocx } from './docx-markdown';
import { bullets, draftColour, facts, notice, page, runningFooter, runningHeader, table, text } from './docx-parts';
import { exportTranslator } from './labels';
import { minutesOutline, type MinutesOutline, type OutlineItem } from './outline';
import { withoutControlChars } from './plain-text';

type Block = Paragraph | Table;

function heading(value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, keepNext: true, children: [text(value)] });
}

function item(entry: OutlineItem, lists: { count: number }): Block[] {
  const blocks: Block[] = [heading(entry.heading, HeadingLevel.HEADING_2), ...facts(entry.facts), ...entry.notices.map(notice)];
  if (entry.minutes !== null) blocks.push(...markdownToDocx(entry.minutes, { baseDepth: 2, lists }));
  if (entry.decisions) blocks.push(heading(entry.decisions.heading, HeadingLevel.HEADING_3), ...bullets(entry.decisions.entries));
  if (entry.arising) {
    blocks.push(heading(entry.arising.heading, HeadingLevel.HEADING_3));
    blocks.push(entry.arising.table ? table(entry.arising.table) : new Paragraph({ children: [text(entry.arising.empty)] }));
  }
  return blocks;
}

function body(outline: MinutesOutline): Block[] {
  const blocks: Block[] = [];
  if (outline.draftMark) {
    blocks.push(new Paragraph({ children: [text(outline.draftMark, { bold: true, size: 32, color: draftColour })] }));
    if (outline.draftNote) blocks.push(new Paragraph({ children: [text(outline.draftNote, { bold: true })] }));
  }
  blocks.push(heading(outline.title, HeadingLevel.HEADING_1), ...outline.notices.map(notice), ...facts(outline.facts));

  blocks.push(heading(outline.attendance.heading, HeadingLevel.HEADING_2));
  blocks.push(outline.attendance.table ? table(outline.attendance.table) : new Paragraph({ children: [text(outline.attendance.empty)] }));

  const lists = { count: 0 };
  for (const entry of outline.items) blocks.push(...item(entry, lists));

  blocks.push(heading(outline.actions.heading, HeadingLevel.HEADING_2));
  blocks.push(outline.actions.table ? table(outline.actions.table, { narrowFirst: true }) : new Paragraph({ children: [text(outline.actions.empty)] }));

  for (const list of [outline.amendments, outline.circulations]) {
    if (list) blocks.push(heading(list.heading, HeadingLevel.HEADING_2), ...bullets(list.entries));
  }
  return blocks;
}

const headingRun = (size: number) => ({ run: { size, bold: true, color: '000000', font: 'Calibri' }, paragraph: { spacing: { before: 240, after: 120 } } });

export async function minutesToDocx(doc: MinutesDocument, language: Language): Promise<Uint8Array<ArrayBuffer>> {
  const outline = minutesOutline(doc, exportTranslator(language));
  const document = new Document({
    title: withoutControlChars(outline.title),
    creator: 'Roundtable',
    lastModifiedBy: 'Roundtable',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: localeOf(language) } }, paragraph: { spacing: { after: 120 } } },
        heading1: headingRun(32),
        heading2: headingRun(26),
        heading3: headingRun(23),
        heading4: headingRun(22),
        heading5: headingRun(22),
        heading6: headingRun(22),
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
        headers: { default: runningHeader(outline.marking, outline.draftMark) },
        footers: { default: runningFooter(outline.title) },
        children: body(outline),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
