import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureLogRow } from '../../../renderer/src/domain/disclosure-log';
import type { ErasureLine } from '../../../renderer/src/storage/repositories/data-protection';
import { recordsOfProcessing } from '../../../renderer/src/domain/records-of-processing';
import { defaultRetentionSchedule } from '../../../renderer/src/domain/retention';
import { reportToDocx, type ReportDocument } from '../../../renderer/src/export/risk-report';
import { buildDpoReport, dpoReportFileName } from '../../../renderer/src/features/data-protection/dpo-report';
import { dpoWords } from '../../../renderer/src/features/data-protection/dpo-words';
import { i18next, initTranslations } from '../../../renderer/src/i18n';

beforeAll(async () => {
  await initTranslations(i18next, 'en');
});

const row = (id: string, sharedOn: string, more: Partial<DisclosureLogRow> = {}): DisclosureLogRow => ({
  id,
  referralId: 'case1',
  caseCode: 'RT-2026-0001',
  sharedOn,
  fromPartnerId: 'school',
  fromPartnerName: 'Schule am Park',
  toPartnerId: 'police',
  toPartnerName: 'Polizei',
  dataCategories: ['identity', 'ideology_beliefs'],
  description: 'Notiz',
  purpose: 'Fallkonferenz',
  consent: 'with_consent',
  agreementId: 'isa',
  agreementTitle: 'Schule und Polizei',
  legalBases: ['dsgvo_6_1_e', 'bdsg_22'],
  legalBasisOther: '',
  noAgreementReason: '',
  recordedBy: 'Toni',
  recordedAt: `${sharedOn}T10:00:00.000Z`,
  ...more,
});

const erasure: ErasureLine = {
  id: 'e1',
  createdAt: '2026-03-20T10:00:00.000Z',
  updatedAt: '2026-03-20T10:00:00.000Z',
  deletedAt: null,
  revision: 1,
  table: 'referrals',
  parentId: null,
  caseCode: 'RT-2022-0042',
  caseYear: 2022,
  caseNumber: 42,
  reason: 'request',
  note: 'Antrag vom 1. März',
  auditEntriesErased: 4,
  actorsErasedAt: null,
  parentCaseCode: null,
};
const disclosureErased: ErasureLine = {
  ...erasure,
  id: 'e2',
  table: 'disclosures',
  parentId: 'e1',
  caseCode: null,
  caseYear: null,
  caseNumber: null,
  parentCaseCode: 'RT-2022-0042',
};

function input(log: DisclosureLogRow[], erasures: ErasureLine[]) {
  const records = recordsOfProcessing({
    agreements: [],
    receivedCounts: new Map([['police', 2]]),
    partnerNames: new Map([['police', 'Polizei']]),
    schedule: defaultRetentionSchedule,
    today: '2026-04-02',
    collator: new Intl.Collator('de'),
  });
  return {
    records: { ...records, partnerNames: new Map([['police', 'Polizei']]) },
    period: { start: '2026-03-01', end: '2026-03-31' },
    log,
    erasures,
    lastCheck: { at: '2026-04-01T08:00:00.000Z', seq: 1234, fullCheck: null },
    networkName: 'Runder Tisch Musterstadt',
    today: '2026-04-02',
  };
}

const tableOf = (doc: ReportDocument, section: string) => {
  const block = doc.sections.find((entry) => entry.id === section)!.blocks.find((entry) => entry.kind === 'table');
  return block?.kind === 'table' ? block.table : undefined;
};

describe('the data-protection report', () => {
  it('holds the records, the log and the deletions of the period and the audit check, in the language chosen', () => {
    const doc = buildDpoReport(
      input(
        [row('d1', '2026-03-01'), row('d2', '2026-03-31', { agreementId: '', agreementTitle: '', legalBases: [], noAgreementReason: 'Akute Gefahr' })],
        [erasure, disclosureErased],
      ),
      dpoWords('de'),
    );
    expect(doc.title).toBe('Datenschutzbericht');
    expect(doc.marking).toBe('Vertraulich');
    expect(doc.facts).toEqual([
      { label: 'Netzwerk', value: 'Runder Tisch Musterstadt' },
      { label: 'Zeitraum', value: '01.03.2026 bis 31.03.2026' },
      { label: 'Exportiert am', value: '02.04.2026' },
    ]);
    expect(doc.sections.map((section) => section.id)).toEqual(['records', 'log', 'erasures', 'audit']);
    expect(tableOf(doc, 'log')!.rows.map((cells) => cells.map((cell) => cell.join(' ')))).toEqual([
      [
        'RT-2026-0001',
        '01.03.2026',
        'Schule am Park',
        'Polizei',
        'Identität, Weltanschauung und Überzeugungen',
        'Fallkonferenz',
        'Mit Einwilligung',
        'Schule und Polizei',
        expect.stringContaining('BDSG §22') as unknown as string,
      ],
      [
        'RT-2026-0001',
        '31.03.2026',
        'Schule am Park',
        'Polizei',
        expect.any(String) as unknown as string,
        'Fallkonferenz',
        'Mit Einwilligung',
        'Keine Vereinbarung: Akute Gefahr',
        '',
      ],
    ]);
    expect(tableOf(doc, 'erasures')!.rows[1]![0]).toEqual(['Weitergabe zu Fall RT-2022-0042']);
    expect(tableOf(doc, 'erasures')!.rows.slice(0, 1)).toEqual([
      [['Fall RT-2022-0042'], [expect.stringContaining('20.03.2026') as unknown as string], ['Antrag auf Löschung (Art. 17)'], ['Antrag vom 1. März']],
    ]);
    expect(tableOf(doc, 'records')!.rows[0]![3]![0]).toBe(
      '36 Monate nach der letzten Überprüfung eines abgeschlossenen Falls; 12 Monate, nachdem ein Fall als nicht geeignet eingestuft oder weitervermittelt wurde',
    );
    const audit = doc.sections.find((section) => section.id === 'audit')!.blocks;
    expect(audit[0]).toEqual({ kind: 'paragraph', text: expect.stringContaining('bis Eintrag 1.234 unversehrt') as unknown as string });
    expect(dpoReportFileName(input([], []).period, dpoWords('de'), 'pdf')).toBe('2026-03-01–2026-03-31 Datenschutzbericht.pdf');
  });

  it('says so when the period has no disclosures or deletions, and writes as DOCX', async () => {
    const doc = buildDpoReport(input([], []), dpoWords('en'));
    expect(doc.sections.find((section) => section.id === 'log')!.blocks).toEqual([{ kind: 'paragraph', text: 'No disclosures in this period.' }]);
    expect(doc.sections.find((section) => section.id === 'erasures')!.blocks).toEqual([{ kind: 'paragraph', text: 'No deletions in this period.' }]);
    const files = unzipSync(await reportToDocx(doc, { chartSvg: () => '<svg></svg>', rasterise: async () => new Uint8Array() }));
    const body = strFromU8(files['word/document.xml']!);
    expect(body).toContain('Data-protection report');
    expect(body).toContain('Records of processing');
    expect(body).toContain('Polizei');
  });
});
