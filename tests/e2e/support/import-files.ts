/**
 * Partner lists for the import's end-to-end tests, built here rather than committed as binary
 * files: a German Excel CSV (";", Windows-1252) and an .xlsx (write-excel-file), each with
 * good rows and rows with one problem each. The duplicates name partners of the example network.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';

/** Text as Windows-1252 bytes (only Latin-1 characters are used). */
function windows1252(text: string): Buffer {
  return Buffer.from(Uint8Array.from(text, (char) => char.charCodeAt(0)));
}

/** Rows 2 and 3 good; 4 no name, 5 bad e-mail, 6 unknown sector, 7 duplicate of row 2, 8 duplicate of an example partner. */
export function germanCsv() {
  const text = [
    'Organisation;Kürzel;Bereich;Ansprechpartner*in;Funktion;E-Mail;Telefon',
    'Jugendamt Süd;JA Süd;Soziale Dienste;Jörg Weiß;Leitung;joerg.weiss@example.org;0341 123456',
    'Straßensozialarbeit Nord;;Jugend;;;;',
    ';;Schule;Petra Kühn;;petra@example.org;',
    'Moscheegemeinde Ost;;Religiöse Organisation;Ali Öztürk;;ali(at)example.org;',
    'Sportverein Grün-Weiß;;Sportverband;;;;',
    'JUGENDAMT SUD;;Soziale Dienste;;;;',
    'Polizeipräsidium Musterstadt;;Polizei;;;;',
  ].join('\r\n');
  return { name: 'Partnerliste.csv', mimeType: 'text/csv', buffer: windows1252(text) };
}

/** Rows 2 and 3 good; 4 bad phone, 5 impossible date, 6 duplicate of an example partner (English name). */
export async function englishXlsx() {
  const header = ['Organisation', 'Sector', 'Date joined', 'Contact', 'Email', 'Phone'];
  const rows: (string | Date | null)[][] = [
    ['Women’s Network East', 'Women’s group', new Date(Date.UTC(2024, 2, 15)), 'Ana Ruiz', 'ana@example.org', '0161 496 0000'],
    ['Theatre Collective', 'arts_culture', null, null, null, null],
    ['Tech Forum', 'tech_platform', null, 'Kim Lee', null, 'ask Kim'],
    ['Faith Forum', 'religious', '31.02.2024', null, null, null],
    ['musterstadt police', 'police', null, null, null, null],
  ];
  const data: SheetData = [
    header.map((value) => ({ value, type: String })),
    ...rows.map((row) =>
      row.map((value) => (value === null ? null : value instanceof Date ? { value, type: Date, format: 'dd/mm/yyyy' } : { value, type: String })),
    ),
  ];
  const blob = await writeXlsxFile(data).toBlob();
  return {
    name: 'partners.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await blob.arrayBuffer()),
  };
}
