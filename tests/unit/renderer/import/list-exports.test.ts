import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/universal';
import type { ActionItem, Meeting } from '../../../../renderer/src/domain/meeting';
import type { Contact, Partner } from '../../../../renderer/src/domain/partner';
import { listTableToCsv } from '../../../../renderer/src/export/list-table';
import { actionsTable, contactsTable, partnersTable } from '../../../../renderer/src/export/network-lists';
import { listTableToXlsx, sheetName } from '../../../../renderer/src/export/xlsx';
import { formatDate } from '../../../../renderer/src/i18n/format';
import { guessMapping } from '../../../../renderer/src/import/column-mapping';
import { buildPreview } from '../../../../renderer/src/import/preview';
import { readImportFile } from '../../../../renderer/src/import/read-table';

const meta = { createdAt: '2026-02-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z', deletedAt: null, revision: 1 };
const partner = (id: string, name: string, extra: Partial<Partner> = {}): Partner => ({
  ...meta,
  id,
  name,
  shortName: '',
  sector: 'youth',
  status: 'active',
  role: '',
  joinedOn: '',
  notes: '',
  ...extra,
});
const partners = [
  partner('p1', 'Jugendamt Süd', { shortName: 'JA', sector: 'social_services', joinedOn: '2024-03-15', notes: '=HYPERLINK("http://x")' }),
  partner('p2', 'Verein “Brücke” e. V.', { status: 'prospective', role: '-Moderation' }),
];
const contacts: Contact[] = [
  { ...meta, id: 'c2', partnerId: 'p1', position: 1, name: 'Kim', role: '', email: 'kim@example.org', phone: '', notes: '' },
  { ...meta, id: 'c1', partnerId: 'p1', position: 0, name: 'Jörg Weiß', role: 'Leitung', email: 'jw@example.org', phone: '+49 341 1', notes: '@note' },
];

const words = {
  de: {
    title: 'Partnerorganisationen',
    header: {
      name: 'Name',
      shortName: 'Kurzname',
      sector: 'Bereich',
      status: 'Status',
      role: 'Rolle im Netzwerk',
      joinedOn: 'Beitrittsdatum',
      notes: 'Notizen',
    },
    sector: (code: string) => ({ social_services: 'Soziale Dienste', youth: 'Jugendorganisation' })[code] ?? code,
    status: (code: string) => ({ active: 'Aktiv', prospective: 'Angefragt' })[code] ?? code,
  },
};

describe('partner list exports', () => {
  it('CSV in German: ; separated, the one date style, formulas defused, and it imports back', async () => {
    const table = partnersTable(partners, words.de);
    const csv = listTableToCsv(table, 'de', (iso) => formatDate(iso, 'de'));
    expect(csv.startsWith('\uFEFF"Name";"Kurzname";"Bereich"')).toBe(true);
    expect(csv).toContain('"Jugendamt Süd";"JA";"Soziale Dienste";"Aktiv";"";"15.03.2024";"\'=HYPERLINK(""http://x"")"');
    expect(csv).toContain(`"'-Moderation"`);

    const read = await readImportFile(new TextEncoder().encode(csv), 'Partner.csv');
    if (!read.ok) throw new Error(read.problem.kind);
    const preview = buildPreview(read.table, guessMapping(read.table.header), { defaultSector: null, defaultStatus: 'active' }, []);
    expect(preview.refused).toEqual([]);
    expect(preview.accepted[0]!.input).toMatchObject({ name: 'Jugendamt Süd', shortName: 'JA', sector: 'social_services', joinedOn: '2024-03-15' });
    expect(preview.accepted[1]!.input).toMatchObject({ status: 'prospective', sector: 'youth' });
  });

  it('XLSX: text stays text (defused), dates are real dates, the header is frozen; it reads back', async () => {
    const bytes = await listTableToXlsx(partnersTable(partners, words.de), 'de');
    const rows = await readSheet(bytes.slice().buffer);
    expect(rows[0]).toEqual(['Name', 'Kurzname', 'Bereich', 'Status', 'Rolle im Netzwerk', 'Beitrittsdatum', 'Notizen']);
    expect(rows[1]![5]).toBeInstanceOf(Date);
    expect((rows[1]![5] as unknown as Date).toISOString().slice(0, 10)).toBe('2024-03-15');
    expect(rows[1]![6]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[2]![4]).toBe("'-Moderation");
    const read = await readImportFile(bytes, 'Partner.xlsx');
    if (!read.ok) throw new Error(read.problem.kind);
    const preview = buildPreview(read.table, guessMapping(read.table.header), { defaultSector: null, defaultStatus: 'active' }, []);
    expect(preview.accepted.map((row) => row.input.joinedOn)).toEqual(['2024-03-15', '']);
  });

  it('names a sheet as Excel allows', () => {
    expect(sheetName('Actions: open/overdue [2026]')).toBe('Actions  open overdue  2026');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});

describe('contact and action exports', () => {
  it('contacts: one row each, after the partner’s name, in the partner’s order; headers the import maps to contacts', async () => {
    const table = contactsTable(partners, contacts, {
      title: 'Contacts',
      header: { partner: 'Partner', name: 'Contact', role: 'Role', email: 'E-mail', phone: 'Phone', notes: 'Contact notes' },
    });
    expect(table.rows.map((row) => row.map((cell) => (cell.kind === 'text' ? cell.value : cell.iso)))).toEqual([
      ['Jugendamt Süd', 'Jörg Weiß', 'Leitung', 'jw@example.org', '+49 341 1', '@note'],
      ['Jugendamt Süd', 'Kim', '', 'kim@example.org', '', ''],
    ]);
    expect(listTableToCsv(table, 'en', (iso) => iso)).toContain(`"'@note"`);
    expect(guessMapping(table.header)).toMatchObject({ name: 0, contactName: 1, contactRole: 2, contactEmail: 3, contactPhone: 4, contactNotes: 5 });
  });

  it('actions: the meeting on the wall clock it was planned in, the due date as a date', () => {
    const meeting = { ...meta, id: 'm1', title: 'Netzwerktreffen', startsAt: '2026-06-04T14:00:00.000Z', timeZone: 'Europe/Berlin' } as Meeting;
    const action = {
      ...meta,
      id: 'a1',
      meetingId: 'm1',
      agendaItemId: 'i1',
      text: '+ Flyer drucken',
      ownerPartnerId: 'p1',
      ownerContactId: 'c1',
      dueDate: '2026-06-30',
      status: 'open',
      history: [],
    } as ActionItem;
    const table = actionsTable(
      { actions: [action], meetings: [meeting], partners, contacts },
      {
        title: 'Actions',
        header: { text: 'Action', owner: 'Owner', ownerContact: 'Contact', dueDate: 'Due', status: 'Status', meeting: 'Meeting', meetingTime: 'Meeting time' },
        status: (code) => code.toUpperCase(),
        meetingTime: (planned) => `${planned.startsAt}@${planned.timeZone}`,
      },
    );
    expect(table.rows[0]).toEqual([
      { kind: 'text', value: '+ Flyer drucken' },
      { kind: 'text', value: 'Jugendamt Süd' },
      { kind: 'text', value: 'Jörg Weiß' },
      { kind: 'date', iso: '2026-06-30' },
      { kind: 'text', value: 'OPEN' },
      { kind: 'text', value: 'Netzwerktreffen' },
      { kind: 'text', value: '2026-06-04T14:00:00.000Z@Europe/Berlin' },
    ]);
    expect(listTableToCsv(table, 'en', (iso) => formatDate(iso, 'en'))).toContain(`"'+ Flyer drucken","Jugendamt Süd","Jörg Weiß","30 Jun 2026"`);
  });
});
