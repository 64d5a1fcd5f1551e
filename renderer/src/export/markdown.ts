/**
 * Minutes as a Markdown file (CommonMark, with GitHub-style tables for attendance and
 * actions). All plain text is escaped (markdown-text.ts); item minutes are embedded as safe
 * Markdown (safe-markdown.ts): no raw HTML, links only to web and mail addresses.
 */
import type { MinutesDocument } from '../domain/minutes-document';
import type { Language } from '../i18n/language';
import { exportTranslator } from './labels';
import { escapeMarkdown as esc } from './markdown-text';
import { safeMarkdown } from './safe-markdown';
import { minutesOutline, type OutlineFact, type OutlineItem, type OutlineTable } from './outline';

function table(data: OutlineTable): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(data.columns.map(esc)),
    row(data.columns.map(() => '---')),
    ...data.rows.map((cells) => row(cells.map((lines) => lines.map(esc).join(', ')))),
  ].join('\n');
}

function facts(list: OutlineFact[]): string {
  return list.map((entry) => `- **${esc(entry.label)}:** ${esc(entry.value)}`).join('\n');
}

function bullets(entries: string[]): string {
  return entries.map((entry) => `- ${esc(entry)}`).join('\n');
}

function quote(lines: string[]): string {
  return lines.map((line) => `> ${esc(line)}`).join('\n>\n');
}

function item(entry: OutlineItem): string[] {
  const blocks = [`## ${esc(entry.heading)}`];
  if (entry.facts.length > 0) blocks.push(facts(entry.facts));
  if (entry.notices.length > 0) blocks.push(quote(entry.notices));
  if (entry.minutes !== null) blocks.push(safeMarkdown(entry.minutes, 2));
  if (entry.decisions) blocks.push(`### ${esc(entry.decisions.heading)}`, bullets(entry.decisions.entries));
  if (entry.arising) {
    blocks.push(`### ${esc(entry.arising.heading)}`, entry.arising.table ? table(entry.arising.table) : esc(entry.arising.empty));
  }
  return blocks;
}

export function minutesToMarkdown(doc: MinutesDocument, language: Language): string {
  const outline = minutesOutline(doc, exportTranslator(language));
  const marking = outline.draftMark ? `**${esc(outline.marking)}** · **${esc(outline.draftMark)}**` : `**${esc(outline.marking)}**`;
  const blocks: string[] = [marking, `# ${esc(outline.title)}`];
  if (outline.draftNote) blocks.push(`**${esc(outline.draftNote)}**`);
  blocks.push(quote(outline.notices), facts(outline.facts));

  blocks.push(`## ${esc(outline.attendance.heading)}`);
  blocks.push(outline.attendance.table ? table(outline.attendance.table) : esc(outline.attendance.empty));

  for (const entry of outline.items) blocks.push(...item(entry));

  blocks.push(`## ${esc(outline.actions.heading)}`);
  blocks.push(outline.actions.table ? table(outline.actions.table) : esc(outline.actions.empty));

  for (const list of [outline.amendments, outline.circulations]) {
    if (list) blocks.push(`## ${esc(list.heading)}`, bullets(list.entries));
  }
  return `${blocks.join('\n\n')}\n`;
}
