/**
 * Reads a file the coordinator chose (CSV or Excel .xlsx) into a plain table of text: the
 * first row is the header, every later row keeps its row number as a spreadsheet shows it,
 * so the preview can name "row 7". Pure apart from the parsers: bytes in, table or a named
 * problem out, never an exception for a bad file.
 *
 * CSV: UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode text"),
 * and Windows-1252, which German Excel writes for "CSV (Trennzeichen-getrennt)": bytes that
 * are not valid UTF-8 are read as Windows-1252, and the table says so, so the preview can ask
 * the coordinator to check the umlauts. The separator (; , or tab) is the one the header
 * row uses most.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';

/** Larger files are refused: a network's partner list is a few hundred rows, a few hundred KB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Rows below the header; more is not a partner list. */
export const MAX_IMPORT_ROWS = 2000;
/** Columns read; a wider sheet is cut to these only if the extra ones are empty, else refused. */
export const MAX_IMPORT_COLUMNS = 60;

export type ImportFormat = 'csv' | 'xlsx';
export type ImportEncoding = 'utf-8' | 'utf-16' | 'windows-1252';

export interface ImportRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  line: number;
  cells: string[];
}

export interface ImportTable {
  format: ImportFormat;
  /** For CSV: how the bytes were read. */
  encoding: ImportEncoding | null;
  header: string[];
  /** Rows with at least one non-blank cell, in file order. */
  rows: ImportRow[];
}

export type FileProblem =
  | { kind: 'type' }
  | { kind: 'xls' }
  | { kind: 'empty' }
  | { kind: 'tooLarge'; maxMegabytes: number }
  | { kind: 'tooManyRows'; max: number; rows: number }
  | { kind: 'tooManyColumns'; max: number }
  | { kind: 'corrupt' }
  | { kind: 'noHeader' }
  | { kind: 'noRows' };

export type ReadResult = { ok: true; table: ImportTable } | { ok: false; problem: FileProblem };

const refuse = (problem: FileProblem): ReadResult => ({ ok: false, problem });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
/** The old binary .xls (and .doc) container. */
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf8Bom = [0xef, 0xbb, 0xbf];

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** What the file is, by its first bytes first (a renamed file is read as what it is), then its name. */
function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat | 'xls' | null {
  if (startsWith(bytes, zipMagic)) return 'xlsx';
  if (startsWith(bytes, oleMagic)) return 'xls';
  const extension = extensionOf(fileName);
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'xls') return 'xls';
  if (['csv', 'txt', 'tsv'].includes(extension)) return 'csv';
  return null;
}

/** The text of a CSV file and how it was read, or null for bytes that are not text. */
export function decodeCsvText(bytes: Uint8Array): { text: string; encoding: ImportEncoding } | null {
  if (startsWith(bytes, utf8Bom)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  // A NUL byte does not occur in text in any of these encodings: this is a binary file.
  if (bytes.includes(0)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator the header line uses most (outside quotes); "," when it has none. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  const best = (Object.keys(counts) as (keyof typeof counts)[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}

function parseCsv(bytes: Uint8Array): ReadResult {
  const decoded = decodeCsvText(bytes);
  if (!decoded) return refuse({ kind: 'type' });
  if (decoded.text.trim() === '') return refuse({ kind: 'empty' });
  const parsed = Papa.parse<string[]>(decoded.text, { delimiter: detectDelimiter(decoded.text), skipEmptyLines: false });
  // An unclosed quote swallows the rest of the file: refuse rather than import a mangled row.
  if (parsed.errors.some((error) => error.type === 'Quotes')) return refuse({ kind: 'corrupt' });
  return tableFrom(parsed.data, 'csv', decoded.encoding);
}

/** A spreadsheet cell as text: numbers as written, dates as YYYY-MM-DD, empty as "". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

async function parseXlsx(bytes: Uint8Array): Promise<ReadResult> {
  let data: unknown[][];
  try {
    data = await readSheet(bytes.slice().buffer);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'XLS_FILE_NOT_SUPPORTED') return refuse({ kind: 'xls' });
    if (code === 'NO_DATA') return refuse({ kind: 'empty' });
    return refuse({ kind: 'corrupt' });
  }
  return tableFrom(
    data.map((row) => row.map(cellText)),
    'xlsx',
    null,
  );
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** The header, the non-blank rows with their numbers, and the limits checked. */
function tableFrom(raw: string[][], format: ImportFormat, encoding: ImportEncoding | null): ReadResult {
  if (raw.length === 0 || raw.every(isBlank)) return refuse({ kind: 'empty' });
  const [headerRow, ...body] = raw;
  if (!headerRow || isBlank(headerRow)) return refuse({ kind: 'noHeader' });
  const rows: ImportRow[] = [];
  body.forEach((cells, index) => {
    if (!isBlank(cells)) rows.push({ line: index + 2, cells });
  });
  if (rows.length === 0) return refuse({ kind: 'noRows' });
  if (rows.length > MAX_IMPORT_ROWS) return refuse({ kind: 'tooManyRows', max: MAX_IMPORT_ROWS, rows: rows.length });
  // The columns in use: the header's, and any further ones a row fills in.
  let width = headerRow.length;
  while (width > 0 && headerRow[width - 1]!.trim() === '' && rows.every((row) => (row.cells[width - 1] ?? '').trim() === '')) width -= 1;
  for (const row of rows) {
    for (let index = row.cells.length - 1; index >= width; index -= 1) if (row.cells[index]!.trim() !== '') width = index + 1;
  }
  if (width > MAX_IMPORT_COLUMNS) return refuse({ kind: 'tooManyColumns', max: MAX_IMPORT_COLUMNS });
  const pad = (cells: readonly string[]) => Array.from({ length: width }, (_, index) => cells[index] ?? '');
  return {
    ok: true,
    table: {
      format,
      encoding,
      header: pad(headerRow).map((title) => title.replace(/^\uFEFF/, '').trim()),
      rows: rows.map((row) => ({ line: row.line, cells: pad(row.cells) })),
    },
  };
}

/** Reads a chosen file's bytes: CSV or XLSX, within the limits, or the problem named. */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  if (bytes.byteLength === 0) return refuse({ kind: 'empty' });
  if (bytes.byteLength > MAX_IMPORT_BYTES) return refuse({ kind: 'tooLarge', maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024 });
  const format = detectFormat(bytes, fileName);
  if (format === null) return refuse({ kind: 'type' });
  if (format === 'xls') return refuse({ kind: 'xls' });
  return format === 'xlsx' ? parseXlsx(bytes) : parseCsv(bytes);
}
