import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, detectDelimiter, readImportFile, type ReadResult } from '../../../../renderer/src/import/read-table';
import { englishCsv, germanCsv, partnersXlsx, utf8, windows1252 } from '../../../fixtures/import-files';

function table(result: ReadResult) {
  if (!result.ok) throw new Error(`refused: ${result.problem.kind}`);
  return result.table;
}

describe('reading a CSV', () => {
  it('reads German Excel’s semicolons in Windows-1252 and says it did', async () => {
    const read = table(await readImportFile(windows1252(germanCsv), 'Partner.csv'));
    expect(read).toMatchObject({ format: 'csv', encoding: 'windows-1252' });
    expect(read.header[1]).toBe('Kürzel');
    expect(read.rows[0]).toEqual({
      line: 2,
      cells: ['Jugendamt Süd', 'JA Süd', 'Soziale Dienste', 'aktiv', 'Jörg Weiß', 'Leitung', 'joerg.weiss@example.org', '0341 123456', 'Straße & Co. "Büro"'],
    });
    expect(read.rows).toHaveLength(6);
  });

  it('reads the same list in UTF-8 without a byte-order mark', async () => {
    const read = table(await readImportFile(utf8(germanCsv), 'Partner.csv'));
    expect(read.encoding).toBe('utf-8');
    expect(read.rows[0]!.cells[4]).toBe('Jörg Weiß');
  });

  it('reads commas and quoted fields with line breaks, UTF-8 with a byte-order mark', async () => {
    const read = table(await readImportFile(utf8(englishCsv, true), 'partners.csv'));
    expect(read.encoding).toBe('utf-8');
    expect(read.header[0]).toBe('Organization');
    expect(read.rows[0]!.cells[0]).toBe('Youth Service, East');
    expect(read.rows[0]!.cells[5]).toBe('Line one\nline two');
    expect(read.rows.map((row) => row.line)).toEqual([2, 3, 4, 5]);
  });

  it('reads UTF-16 with its byte-order mark (Excel’s “Unicode text”)', async () => {
    const text = 'Name\tBereich\r\nJugendamt Süd\tSoziale Dienste';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (char) => char.charCodeAt(0)).buffer)]);
    const read = table(await readImportFile(bytes, 'Partner.txt'));
    expect(read.rows[0]!.cells).toEqual(['Jugendamt Süd', 'Soziale Dienste']);
  });

  it('keeps row numbers across blank lines and drops trailing empty columns', async () => {
    const read = table(await readImportFile(utf8('Name;Bereich;;\r\n\r\nA;Schule;;\r\n;;;\r\nB;Polizei;;\r\n'), 'x.csv'));
    expect(read.header).toEqual(['Name', 'Bereich']);
    expect(read.rows).toEqual([
      { line: 3, cells: ['A', 'Schule'] },
      { line: 5, cells: ['B', 'Polizei'] },
    ]);
  });

  it('picks the separator the header uses most, ignoring quoted ones', () => {
    expect(detectDelimiter('"a;b",c,d\r\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('Name;Bereich, Sektor;Status')).toBe(';');
    expect(detectDelimiter('Name')).toBe(',');
  });
});

describe('reading an .xlsx', () => {
  it('reads the first sheet as text, dates as YYYY-MM-DD', async () => {
    const read = table(await readImportFile(await partnersXlsx(), 'Partner.xlsx'));
    expect(read).toMatchObject({ format: 'xlsx', encoding: null });
    expect(read.header).toEqual(['Name', 'Sector', 'Date joined', 'Contact', 'E-mail', 'Phone', 'Notes']);
    expect(read.rows[0]!.cells).toEqual(['Women’s Network', 'womens_group', '2024-03-15', 'Ana Ruiz', 'ana@example.org', '0161 496 0000', '=SUM(1,2)']);
    expect(read.rows[1]).toEqual({ line: 3, cells: ['Theatre Collective', 'Kunst und Kultur', '', '', '', '', ''] });
  });

  it('recognises an .xlsx by its content whatever it is called', async () => {
    expect(table(await readImportFile(await partnersXlsx(), 'export.csv')).format).toBe('xlsx');
  });
});

describe('refusing bad files with a reason', () => {
  const problem = async (bytes: Uint8Array, name: string) => {
    const result = await readImportFile(bytes, name);
    return result.ok ? null : result.problem;
  };

  it('names each problem', async () => {
    expect(await problem(new Uint8Array(), 'a.csv')).toEqual({ kind: 'empty' });
    expect(await problem(utf8(';;\r\n ; ;\r\n'), 'a.csv')).toEqual({ kind: 'empty' });
    expect(await problem(utf8('%PDF-1.7'), 'list.pdf')).toEqual({ kind: 'type' });
    expect(await problem(new Uint8Array([0x41, 0x00, 0x42]), 'a.csv')).toEqual({ kind: 'type' });
    expect(await problem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls')).toEqual({ kind: 'xls' });
    expect(await problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'broken.xlsx')).toEqual({ kind: 'corrupt' });
    expect(await problem(utf8('not a spreadsheet'), 'renamed.xlsx')).toEqual({ kind: 'corrupt' });
    expect(await problem(utf8('Name;Bereich\r\n"Jugendamt;Schule\r\nB;Polizei'), 'a.csv')).toEqual({ kind: 'corrupt' });
    expect(await problem(utf8(';;\r\nJugendamt;Schule'), 'a.csv')).toEqual({ kind: 'noHeader' });
    expect(await problem(utf8('Name;Bereich\r\n'), 'a.csv')).toEqual({ kind: 'noRows' });
  });

  it('states the size and row limits', async () => {
    expect(await problem(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41), 'big.csv')).toEqual({ kind: 'tooLarge', maxMegabytes: 5 });
    const many = ['Name', ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => `Partner ${index}`)].join('\n');
    expect(await problem(utf8(many), 'many.csv')).toEqual({ kind: 'tooManyRows', max: MAX_IMPORT_ROWS, rows: MAX_IMPORT_ROWS + 1 });
  });

  it('refuses an empty workbook and a sheet with only blank rows', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/universal');
    const blank = new Uint8Array(await (await writeXlsxFile([[null, null]]).toBlob()).arrayBuffer());
    expect(await problem(blank, 'blank.xlsx')).toEqual({ kind: 'empty' });
  });
});
