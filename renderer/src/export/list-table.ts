/**
 * Lists exported as spreadsheets (partners, contacts, actions): one table of cells, written
 * as CSV (export/csv.ts) or XLSX (export/xlsx.ts). A cell is text or a calendar date, so a
 * CSV writes the date as the language writes it and an XLSX as a real date Excel can sort.
 */
import type { Language } from '../i18n/language';
import { toCsv, csvSeparators } from './csv';

export type ListCell = { kind: 'text'; value: string } | { kind: 'date'; iso: string };

export interface ListTable {
  /** The sheet's name in an XLSX (Excel allows 31 characters, no []:*?/\). */
  title: string;
  header: string[];
  rows: ListCell[][];
}

export const text = (value: string): ListCell => ({ kind: 'text', value });
/** A calendar date "2026-12-01"; an empty one is an empty cell. */
export const date = (iso: string): ListCell => (iso ? { kind: 'date', iso } : { kind: 'text', value: '' });

/** The table as CSV, dates written by `formatDate` (the app's one date style). */
export function listTableToCsv(table: ListTable, language: Language, formatDate: (iso: string) => string): string {
  const rows = table.rows.map((row) => row.map((cell) => (cell.kind === 'date' ? formatDate(cell.iso) : cell.value)));
  return toCsv(table.header, rows, csvSeparators[language]);
}
