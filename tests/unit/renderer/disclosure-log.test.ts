import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/universal';
import type { Disclosure } from '../../../renderer/src/domain/disclosure';
import { disclosureLogRows, type DisclosureLogReferences } from '../../../renderer/src/domain/disclosure-log';
import { disclosureLogTable, type DisclosureLogWords } from '../../../renderer/src/export/disclosure-log-table';
import { listTableToCsv } from '../../../renderer/src/export/list-table';
import { listTableToXlsx } from '../../../renderer/src/export/xlsx';
import { formatDate } from '../../../renderer/src/i18n/format';

const disclosure = (id: string, sharedOn: string, extra: Partial<Disclosure> = {}): Disclosure => ({
  id,
  createdAt: `${sharedOn}T23:30:00.000Z`,
  updatedAt: `${sharedOn}T23:30:00.000Z`,
  deletedAt: null,
  revision: 1,
  referralId: 'case1',
  sharedOn,
  fromPartnerId: 'police',
  toPartnerId: 'school',
  dataCategories: ['identity', 'ideology_beliefs'],
  description: 'Case conference note',
  purpose: 'Safeguarding plan',
  consent: 'with_consent',
  agreementId: 'isa',
  noAgreementReason: '',
  recordedBy: 'Toni Example (Prevention office)',
  ...extra,
});

const references: DisclosureLogReferences = {
  caseCodes: new Map([
    ['case1', 'RT-2026-0001'],
    ['case2', 'RT-2026-0002'],
  ]),
  partnerNames: new Map([
    ['police', 'Police'],
    ['school', 'School in the park'],
    ['youth', 'Youth services'],
  ]),
  agreements: new Map([['isa', { id: 'isa', title: 'School and police', legalBases: ['dsgvo_6_1_e', 'bdsg_22'], legalBasisOther: 'SchulG §4' }]]),
};

const period = { start: '2026-03-01', end: '2026-03-31' };
const disclosures = [
  disclosure('d-after', '2026-04-01'),
  disclosure('d-last', '2026-03-31', { referralId: 'case2', fromPartnerId: 'school', toPartnerId: 'youth' }),
  disclosure('d-before', '2026-02-28'),
  disclosure('d-first-b', '2026-03-01'),
  disclosure('d-none', '2026-03-15', { agreementId: '', noAgreementReason: 'Immediate risk', consent: 'without_consent', dataCategories: ['health'] }),
  disclosure('d-first-a', '2026-03-01'),
  disclosure('d-archived', '2026-03-10', { deletedAt: '2026-03-11T10:00:00.000Z' }),
];

describe('the network disclosure log for a period', () => {
  it('lists exactly the disclosures shared in the period, first and last day included, in the log order', () => {
    const rows = disclosureLogRows(disclosures, references, period);
    expect(rows.map((row) => row.id)).toEqual(['d-first-a', 'd-first-b', 'd-none', 'd-last']);
  });

  it('resolves the case code, partner names, agreement and its legal bases; none without an agreement', () => {
    const [first, , none, last] = disclosureLogRows(disclosures, references, period);
    expect(first).toMatchObject({
      caseCode: 'RT-2026-0001',
      sharedOn: '2026-03-01',
      fromPartnerName: 'Police',
      toPartnerName: 'School in the park',
      agreementTitle: 'School and police',
      legalBases: ['dsgvo_6_1_e', 'bdsg_22'],
      legalBasisOther: 'SchulG §4',
      dataCategories: ['identity', 'ideology_beliefs'],
      recordedAt: '2026-03-01T23:30:00.000Z',
    });
    expect(last).toMatchObject({ caseCode: 'RT-2026-0002', fromPartnerName: 'School in the park', toPartnerName: 'Youth services' });
    expect(none).toMatchObject({ agreementId: '', agreementTitle: '', legalBases: [], noAgreementReason: 'Immediate risk', consent: 'without_consent' });
  });

  it('a one-day period holds that day only', () => {
    expect(disclosureLogRows(disclosures, references, { start: '2026-03-31', end: '2026-03-31' }).map((row) => row.id)).toEqual(['d-last']);
  });
});

const words: DisclosureLogWords = {
  title: 'Disclosure log',
  header: {
    caseCode: 'Case',
    sharedOn: 'Shared on',
    from: 'Shared by',
    to: 'Shared with',
    categories: 'Data categories',
    description: 'What was shared',
    purpose: 'Purpose',
    consent: 'Consent',
    agreement: 'Agreement',
    legalBasis: 'Legal basis',
    recordedBy: 'Logged by',
    recordedAt: 'Logged at',
  },
  category: (code) => ({ identity: 'Identity', ideology_beliefs: 'Ideology and beliefs', health: 'Health' })[code as string] ?? code,
  consent: (code) => (code === 'with_consent' ? 'With consent' : 'Without consent'),
  legalBasis: (code) => ({ dsgvo_6_1_e: 'GDPR Art. 6(1)(e)', bdsg_22: 'BDSG §22' })[code as string] ?? code,
  noAgreement: (reason) => `No agreement: ${reason}`,
  dateTime: (iso) => iso.replace('T', ' ').slice(0, 16),
};

describe('the disclosure log as CSV and XLSX', () => {
  const rows = disclosureLogRows(disclosures, references, period);

  it('CSV: a header and one line per disclosure of the period, every column in words', () => {
    const csv = listTableToCsv(disclosureLogTable(rows, words), 'en', (iso) => formatDate(iso, 'en'));
    const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      '"Case","Shared on","Shared by","Shared with","Data categories","What was shared","Purpose","Consent","Agreement","Legal basis","Logged by","Logged at"',
    );
    expect(lines[1]).toBe(
      `"RT-2026-0001","${formatDate('2026-03-01', 'en')}","Police","School in the park","Identity, Ideology and beliefs","Case conference note","Safeguarding plan","With consent","School and police","GDPR Art. 6(1)(e); BDSG §22; SchulG §4","Toni Example (Prevention office)","2026-03-01 23:30"`,
    );
    expect(lines[3]).toContain('"Health","Case conference note","Safeguarding plan","Without consent","No agreement: Immediate risk",""');
    expect(lines[4]).toContain('"RT-2026-0002"');
  });

  it('XLSX: the same rows, the day as a real date', async () => {
    const sheet = await readSheet((await listTableToXlsx(disclosureLogTable(rows, words), 'en')).slice().buffer);
    expect(sheet).toHaveLength(5);
    expect(sheet[0]![9]).toBe('Legal basis');
    expect(sheet.slice(1).map((row) => row[0])).toEqual(['RT-2026-0001', 'RT-2026-0001', 'RT-2026-0001', 'RT-2026-0002']);
    expect((sheet[1]![1] as unknown as Date).toISOString().slice(0, 10)).toBe('2026-03-01');
    expect((sheet[4]![1] as unknown as Date).toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(sheet[3]![8]).toBe('No agreement: Immediate risk');
    expect(sheet[1]![3]).toBe('School in the park');
  });
});
