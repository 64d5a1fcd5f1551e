import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../../renderer/src/domain/disclosure';
import { toCsv } from '../../../renderer/src/export/csv';
import { disclosureColumns, disclosuresToCsv, type DisclosureCsvWords } from '../../../renderer/src/export/disclosure-csv';

describe('CSV', () => {
  it('starts with a byte-order mark, separates with ";" for German Excel and ends lines with CRLF', () => {
    const csv = toCsv(['Name', 'Ort'], [['Jugendamt', 'Köln']], ';');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('"Name";"Ort"\r\n"Jugendamt";"Köln"\r\n');
  });

  it('quotes separators, doubles quotes and keeps line breaks inside a field', () => {
    const csv = toCsv(['a', 'b', 'c'], [['Schule; Polizei', 'sagte "nein"', 'Zeile 1\nZeile 2']], ';');
    expect(csv.slice(1)).toBe('"a";"b";"c"\r\n"Schule; Polizei";"sagte ""nein""";"Zeile 1\nZeile 2"\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' });
    expect(parsed.data[1]).toEqual(['Schule; Polizei', 'sagte "nein"', 'Zeile 1\nZeile 2']);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const csv = toCsv(['x'], [['=HYPERLINK("http://evil.example")'], ['@SUM(A1)'], ['+49 221 123']], ',');
    const rows = Papa.parse<string[]>(csv.slice(1).trim())
      .data.slice(1)
      .map((row) => row[0]);
    expect(rows).toEqual(['\'=HYPERLINK("http://evil.example")', "'@SUM(A1)", "'+49 221 123"]);
  });

  it('defuses every cell whose first non-blank character starts a formula, whatever follows, and keeps the rest of it', () => {
    const cells = cellsOf(
      toCsv(
        ['x'],
        formulaPayloads.map((payload) => [payload]),
        ';',
      ),
      ';',
    );
    expect(cells).toEqual(formulaPayloads.map((payload) => `'${payload}`));
  });

  it('leaves text that cannot start a formula exactly as it was', () => {
    const cells = cellsOf(
      toCsv(
        ['x'],
        harmless.map((text) => [text]),
        ',',
      ),
      ',',
    );
    expect(cells).toEqual(harmless);
  });
});

/** Text Excel, LibreOffice or Google Sheets could run as a formula (OWASP "CSV Injection"). */
const formulaPayloads = [
  '=HYPERLINK("http://x","y")\nmore',
  '=1+1\r\n',
  '  =1+1',
  '\t=1',
  '\r=1',
  '\n=1',
  '\u00A0\u3000=1',
  '\u200B=1',
  '＝1+1',
  '﹦1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  '+cmd',
  '-2+3',
  '@SUM(A1)',
  '\u22122+3',
  // Decided: a negative number and a lone "-" are defused too (see defuseFormula).
  '-5',
  '-',
  // OWASP: a leading tab or carriage return alone is enough.
  '\tplain',
  '\rplain',
];

const harmless = [
  '',
  'plain text',
  '2026-04-15',
  '5-3',
  'a=b',
  'E-Mail: a@b.example',
  ' text with a space',
  '– Gedankenstrich',
  '"quoted"',
  "'already quoted",
  'Zeile 1\n=Zeile 2',
];

/** The first column of every row after the header, as a spreadsheet would read the file. */
function cellsOf(csv: string, delimiter: ';' | ','): string[] {
  const parsed = Papa.parse<string[]>(csv.slice(1).replace(/\r\n$/, ''), { delimiter, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data.slice(1).map((row) => row[0] ?? '');
}

describe('disclosure log as CSV', () => {
  const disclosure: Disclosure = {
    id: 'd1',
    createdAt: '2026-03-10T09:00:00.000Z',
    updatedAt: '',
    deletedAt: null,
    revision: 1,
    referralId: 'r1',
    recordedBy: 'Toni Exempel (Präventionsstelle)',
    sharedOn: '2026-03-09',
    fromPartnerId: 'school',
    toPartnerId: 'police',
    dataCategories: ['identity', 'ideology_beliefs'],
    description: 'Gesprächsnotiz; "vertraulich"\nzweite Zeile',
    purpose: 'Fallkonferenz',
    consent: 'without_consent',
    agreementId: '',
    noAgreementReason: 'Gefahr im Verzug',
  };
  const words: DisclosureCsvWords = {
    header: Object.fromEntries(disclosureColumns.map((column) => [column, column.toUpperCase()])) as DisclosureCsvWords['header'],
    partnerName: (id) => ({ school: 'Schule am Park', police: 'Polizei' })[id] ?? id,
    agreement: (entry) => (entry.agreementId ? 'ISA' : `Ohne Vereinbarung: ${entry.noAgreementReason}`),
    category: (code) => ({ identity: 'Identität', ideology_beliefs: 'Weltanschauung' })[code as string] ?? code,
    consent: (code) => (code === 'with_consent' ? 'mit Einwilligung' : 'ohne Einwilligung'),
    date: (iso) => iso.split('-').reverse().join('.'),
    dateTime: (iso) => iso,
    separator: ';',
  };

  it('writes a header and one row per disclosure, in words', () => {
    const csv = disclosuresToCsv('RT-2026-0001', [disclosure], words);
    const rows = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' }).data;
    expect(rows[0]).toEqual(disclosureColumns.map((column) => column.toUpperCase()));
    expect(rows[1]).toEqual([
      'RT-2026-0001',
      '09.03.2026',
      'Schule am Park',
      'Polizei',
      'Identität, Weltanschauung',
      'Gesprächsnotiz; "vertraulich"\nzweite Zeile',
      'Fallkonferenz',
      'ohne Einwilligung',
      'Ohne Vereinbarung: Gefahr im Verzug',
      'Toni Exempel (Präventionsstelle)',
      '2026-03-10T09:00:00.000Z',
    ]);
    expect(rows).toHaveLength(2);
  });

  it('defuses formulas in every column that carries user text, and keeps the text', () => {
    const payloadWords: DisclosureCsvWords = { ...words, partnerName: (id) => id, agreement: (entry) => entry.noAgreementReason };
    const disclosures = formulaPayloads.map((payload, index): Disclosure => ({
      ...disclosure,
      id: `d${index}`,
      fromPartnerId: payload,
      toPartnerId: payload,
      description: payload,
      purpose: payload,
      noAgreementReason: payload,
      recordedBy: payload,
    }));
    const csv = disclosuresToCsv('RT-2026-0001', disclosures, payloadWords);
    const rows = Papa.parse<string[]>(csv.slice(1).replace(/\r\n$/, ''), { delimiter: ';', newline: '\r\n' }).data.slice(1);
    const userColumns = (['from', 'to', 'description', 'purpose', 'agreement', 'recordedBy'] as const).map((column) => disclosureColumns.indexOf(column));
    expect(rows).toHaveLength(formulaPayloads.length);
    rows.forEach((row, index) => {
      expect(userColumns.map((column) => row[column])).toEqual(userColumns.map(() => `'${formulaPayloads[index]}`));
      expect(row[0]).toBe('RT-2026-0001');
    });
  });
});
