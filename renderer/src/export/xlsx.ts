/**
 * A list as an Excel workbook (.xlsx), through write-excel-file: a bold, frozen header row,
 * text cells as text, dates as real dates in the language's date style. Text cells get the
 * same formula defusing as CSV (export/csv.ts), so a cell typed "=HYPERLINK(…)" stays text
 * wherever the sheet is copied or saved as CSV again.
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import type { Language } from '../i18n/language';
import { defuseFormula } from './csv';
import type { ListTable } from './list-table';

/** Excel's number formats for a date, as the app writes dates in each language. */
export const xlsxDateFormats: Record<Language, string> = { de: 'dd.mm.yyyy', en: 'dd/mm/yyyy' };

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(title: string): string {
  const cleaned = title.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (cleaned || 'Sheet1').slice(0, 31);
}

function dateCell(iso: string, language: Language): Cell {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return { value: iso, type: String };
  return { value: new Date(Date.UTC(year, month - 1, day)), type: Date, format: xlsxDateFormats[language] };
}

export async function listTableToXlsx(table: ListTable, language: Language): Promise<Uint8Array<ArrayBuffer>> {
  const data: SheetData = [
    table.header.map((title): Cell => ({ value: defuseFormula(title), type: String, fontWeight: 'bold' })),
    ...table.rows.map((row) =>
      row.map((cell): Cell => (cell.kind === 'date' ? dateCell(cell.iso, language) : { value: defuseFormula(cell.value), type: String })),
    ),
  ];
  const widths = table.header.map((title, column) => ({
    width: Math.min(
      60,
      Math.max(10, title.length + 2, ...table.rows.slice(0, 200).map((row) => (row[column]?.kind === 'text' ? row[column].value.length : 12))),
    ),
  }));
  const blob = await writeXlsxFile(data, { sheet: sheetName(table.title), stickyRowsCount: 1, columns: widths }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
