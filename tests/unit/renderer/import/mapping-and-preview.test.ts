import { describe, expect, it } from 'vitest';
import { assignColumn, guessMapping, type ColumnMapping } from '../../../../renderer/src/import/column-mapping';
import { buildPreview, dateFromText, type ImportOptions, type KnownPartner } from '../../../../renderer/src/import/preview';
import { readImportFile, type ImportTable } from '../../../../renderer/src/import/read-table';
import { sectorFromText, statusFromText } from '../../../../renderer/src/import/sector-names';
import { englishCsv, germanCsv, partnersXlsx, utf8, windows1252 } from '../../../fixtures/import-files';

async function tableOf(bytes: Uint8Array, name: string): Promise<ImportTable> {
  const result = await readImportFile(bytes, name);
  if (!result.ok) throw new Error(result.problem.kind);
  return result.table;
}

const options: ImportOptions = { defaultSector: null, defaultStatus: 'active' };
const known: KnownPartner[] = [{ name: 'City Council', shortName: 'Council', deletedAt: null }];

/** Row number → the problem codes (with field) the preview names. */
function problemsByLine(table: ImportTable, mapping: ColumnMapping, knownPartners = known, opts = options) {
  return Object.fromEntries(
    buildPreview(table, mapping, opts, knownPartners).rows.map((row) => [row.line, row.problems.map((problem) => `${problem.code}:${problem.field ?? ''}`)]),
  );
}

describe('guessing the column mapping', () => {
  it('reads German headers, gender-inclusive forms included', () => {
    const mapping = guessMapping(['Organisation', 'Kürzel', 'Bereich', 'Status', 'Ansprechpartner*in', 'Funktion', 'E-Mail', 'Telefon', 'Bemerkungen']);
    expect(mapping).toEqual({
      name: 0,
      shortName: 1,
      sector: 2,
      status: 3,
      role: null,
      joinedOn: null,
      notes: 8,
      contactName: 4,
      contactRole: 5,
      contactEmail: 6,
      contactPhone: 7,
      contactNotes: null,
    });
  });

  it('reads English headers, ignoring case, spaces and punctuation, and leaves unknown ones unmapped', () => {
    const mapping = guessMapping([' ORGANIZATION ', 'Website', 'e mail', 'Tel.', 'Date Joined', 'Role in the network']);
    expect(mapping).toMatchObject({ name: 0, contactEmail: 2, contactPhone: 3, joinedOn: 4, role: 5, sector: null });
    expect(Object.values(mapping)).not.toContain(1);
  });

  it('takes a bare “Role” as the contact’s when the file names a contact, else as the partner’s', () => {
    expect(guessMapping(['Name', 'Contact', 'Role'])).toMatchObject({ contactRole: 2, role: null });
    expect(guessMapping(['Name', 'Rolle'])).toMatchObject({ role: 1, contactRole: null });
  });

  it('maps the first of two columns naming the same field', () => {
    expect(guessMapping(['E-Mail', 'Name', 'Email'])).toMatchObject({ contactEmail: 0, name: 1 });
  });

  it('lets a column fill one field only when the coordinator changes the mapping', () => {
    const changed = assignColumn(guessMapping(['Name', 'Bereich']), 'notes', 0);
    expect(changed).toMatchObject({ name: null, notes: 0, sector: 1 });
  });
});

describe('sector and status names', () => {
  it('reads codes and German and English labels and common words', () => {
    expect(sectorFromText('Soziale Dienste')).toBe('social_services');
    expect(sectorFromText('social services')).toBe('social_services');
    expect(sectorFromText('social_services')).toBe('social_services');
    expect(sectorFromText('Jugendamt')).toBe('social_services');
    expect(sectorFromText('POLIZEI')).toBe('police');
    expect(sectorFromText('Hochschule oder Universität')).toBe('higher_education');
    expect(sectorFromText('Women’s group')).toBe('womens_group');
    expect(sectorFromText('Sportverband')).toBeNull();
    expect(statusFromText('Angefragt')).toBe('prospective');
    expect(statusFromText('former')).toBe('former');
    expect(statusFromText('vielleicht')).toBeNull();
  });
});

describe('dates as files write them', () => {
  it('reads German, British, ISO and the app’s own written dates; refuses the rest', () => {
    expect(dateFromText('15.03.2024')).toBe('2024-03-15');
    expect(dateFromText('5.3.2024')).toBe('2024-03-05');
    expect(dateFromText('15/03/2024')).toBe('2024-03-15');
    expect(dateFromText('2024-03-15')).toBe('2024-03-15');
    expect(dateFromText('15 Mar 2024')).toBe('2024-03-15');
    expect(dateFromText('15. Dez. 2024')).toBe('2024-12-15');
    expect(dateFromText('03/15/2024')).toBe('03/15/2024');
    expect(dateFromText('31.02.2024')).toBe('31.02.2024');
  });
});

describe('the preview names every row’s problems', () => {
  it('German CSV: missing name, bad e-mail, unknown sector, duplicate within the file', async () => {
    const table = await tableOf(windows1252(germanCsv), 'Partner.csv');
    const problems = problemsByLine(table, guessMapping(table.header));
    expect(problems).toEqual({
      2: [],
      3: [],
      4: ['nameMissing:name'],
      5: ['emailInvalid:contactEmail'],
      6: ['sectorUnknown:sector'],
      7: ['duplicateInFile:name'],
    });
    const preview = buildPreview(table, guessMapping(table.header), options, known);
    expect(preview.rows.find((row) => row.line === 6)!.problems[0]!.values).toEqual({ value: 'Sportverband' });
    expect(preview.rows.find((row) => row.line === 7)!.problems[0]!.values).toEqual({ line: 2 });
    expect(preview.accepted.map((row) => row.input)).toEqual([
      {
        name: 'Jugendamt Süd',
        shortName: 'JA Süd',
        sector: 'social_services',
        status: 'active',
        role: '',
        joinedOn: '',
        notes: 'Straße & Co. "Büro"',
        contacts: [{ name: 'Jörg Weiß', role: 'Leitung', email: 'joerg.weiss@example.org', phone: '0341 123456', notes: '' }],
      },
      { name: 'Polizeidirektion Nord', shortName: '', sector: 'police', status: 'active', role: '', joinedOn: '', notes: '', contacts: [] },
    ]);
  });

  it('English CSV: too long text is refused, never cut; a duplicate of an existing partner by folded name', async () => {
    const table = await tableOf(utf8(englishCsv, true), 'partners.csv');
    const preview = buildPreview(table, guessMapping(table.header), options, known);
    expect(problemsByLine(table, guessMapping(table.header))).toEqual({ 2: [], 3: [], 4: ['tooLong:name'], 5: ['duplicateExisting:name'] });
    expect(preview.rows[2]!.problems[0]!.values).toEqual({ max: 200 });
    expect(preview.rows[2]!.input.name).toHaveLength(201);
    expect(preview.rows[3]!.problems[0]!.values).toEqual({ name: 'City Council', archived: 0 });
  });

  it('a name matching an archived partner’s or a short name is a duplicate too', async () => {
    const table = await tableOf(utf8('Name;Bereich\r\nPolizei Süd;Polizei\r\nCOUNCIL;Kommune'), 'a.csv');
    const problems = problemsByLine(table, guessMapping(table.header), [
      ...known,
      { name: 'Polizei Sud', shortName: '', deletedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(problems).toEqual({ 2: ['duplicateExisting:name'], 3: ['duplicateExisting:name'] });
  });

  it('XLSX: bad phone, impossible date, contact fields without a contact name', async () => {
    const table = await tableOf(await partnersXlsx(), 'Partner.xlsx');
    const mapping = guessMapping(table.header);
    expect(problemsByLine(table, mapping)).toEqual({ 2: [], 3: [], 4: ['phoneInvalid:contactPhone'], 5: ['dateInvalid:joinedOn'] });
    const preview = buildPreview(table, mapping, options, known);
    expect(preview.accepted[0]!.input).toMatchObject({ joinedOn: '2024-03-15', sector: 'womens_group', notes: '=SUM(1,2)' });
    expect(preview.accepted[1]!.input.sector).toBe('arts_culture');

    const noContactName = assignColumn(mapping, 'contactName', null);
    expect(problemsByLine(table, noContactName)[2]).toEqual(['contactNameMissing:contactName']);
  });

  it('a missing sector is refused unless the coordinator chose one for such rows; an unknown status is named', async () => {
    const table = await tableOf(utf8('Name,Status\r\nA,\r\nB,vielleicht'), 'a.csv');
    const mapping = guessMapping(table.header);
    expect(problemsByLine(table, mapping)).toEqual({ 2: ['sectorMissing:sector'], 3: ['sectorMissing:sector', 'statusUnknown:status'] });
    const withDefault = buildPreview(table, mapping, { defaultSector: 'youth', defaultStatus: 'prospective' }, []);
    expect(withDefault.accepted.map((row) => [row.input.sector, row.input.status])).toEqual([['youth', 'prospective']]);
  });

  it('names several problems of one row together', async () => {
    const table = await tableOf(utf8(`Name;Bereich;E-Mail;Notizen\r\n;Unbekannt;kaputt;${'x'.repeat(5001)}`), 'a.csv');
    expect(problemsByLine(table, guessMapping(table.header))[2]).toEqual([
      'sectorUnknown:sector',
      'nameMissing:name',
      'tooLong:notes',
      'contactNameMissing:contactName',
      'emailInvalid:contactEmail',
    ]);
  });
});
