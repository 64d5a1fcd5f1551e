/**
 * The data-protection report: everything on the page as one document (PDF through the print
 * path, or DOCX), in the language chosen: the records of processing as of today, the
 * disclosure log and the deletions of the period, and the audit check's last result. Built
 * from the same reads and the same rows as the page, so the two cannot disagree.
 */
import type { DisclosureLogRow } from '../../domain/disclosure-log';
import type { FiguresPeriod } from '../../domain/figures-period';
import type { RecordsOfProcessing } from '../../domain/records-of-processing';
import { legalBasisText } from '../../export/disclosure-log-table';
import { safeFileName } from '../../export/file-names';
import type { ReportBlock, ReportDocument } from '../../export/risk-report';
import { formatNumber } from '../../i18n/format';
import type { ErasureLine } from '../../storage';
import type { DpoWords } from './dpo-words';

export interface DpoReportInput {
  records: RecordsOfProcessing & { partnerNames: ReadonlyMap<string, string> };
  period: FiguresPeriod;
  log: readonly DisclosureLogRow[];
  erasures: readonly ErasureLine[];
  lastCheck: { at: string; seq: number; fullCheck: { at: string; seq: number } | null } | null;
  networkName: string;
  /** The day of the export (ISO date). */
  today: string;
}

const cells = (row: string[]): string[][] => row.map((cell) => [cell]);

function recordsBlocks(input: DpoReportInput, words: DpoWords): ReportBlock[] {
  const { t } = words;
  const { records } = input;
  const name = (partnerId: string) => records.partnerNames.get(partnerId) || t('records.unknownPartner');
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t('records.intro') },
    { kind: 'subheading', text: t('records.kindsTitle') },
    {
      kind: 'table',
      table: {
        columns: [t('records.kind'), t('records.held'), t('records.categories'), t('records.retention')],
        rows: records.kinds.map((entry) =>
          cells([
            t(`records.kinds.${entry.kind}`),
            t(`records.heldText.${entry.kind}`),
            entry.dataCategories.length > 0 ? entry.dataCategories.map(words.category).join(', ') : t('records.noCategories'),
            words.retention(entry),
          ]),
        ),
      },
    },
    { kind: 'subheading', text: t('records.purposesTitle') },
  ];
  if (records.purposes.length === 0) blocks.push({ kind: 'paragraph', text: t('records.purposesEmpty') });
  else {
    blocks.push({
      kind: 'table',
      table: {
        columns: [t('records.agreement'), t('records.purpose'), t('records.legalBases'), t('records.parties'), t('records.agreementRetention')],
        rows: records.purposes.map((purpose) => [
          [purpose.title],
          [purpose.purpose],
          [...purpose.legalBases.map(words.legalBasis), ...(purpose.legalBasisOther ? [purpose.legalBasisOther] : [])],
          [purpose.partyIds.map(name).join(', ')],
          [purpose.retentionPeriod || t('records.noCategories')],
        ]),
      },
    });
    blocks.push({ kind: 'paragraph', text: t('records.allLegalBases', { bases: records.legalBases.map(words.legalBasis).join('; ') }) });
  }
  blocks.push({ kind: 'subheading', text: t('records.recipientsTitle') });
  if (records.recipients.length === 0) blocks.push({ kind: 'paragraph', text: t('records.recipientsEmpty') });
  else
    blocks.push({
      kind: 'table',
      table: {
        columns: [t('records.recipient'), t('records.received')],
        rows: records.recipients.map((recipient) => cells([recipient.name || t('records.unknownPartner'), formatNumber(recipient.count, words.language)])),
      },
    });
  return blocks;
}

function logBlocks(input: DpoReportInput, words: DpoWords): ReportBlock[] {
  const { t } = words;
  if (input.log.length === 0) return [{ kind: 'paragraph', text: t('report.logNone') }];
  const column = (key: 'caseCode' | 'sharedOn' | 'from' | 'to' | 'categories' | 'purpose' | 'consent' | 'agreement' | 'legalBasis') => t(`log.columns.${key}`);
  return [
    { kind: 'paragraph', text: t('log.count', { count: input.log.length, formatted: formatNumber(input.log.length, words.language) }) },
    {
      kind: 'table',
      table: {
        columns: [
          column('caseCode'),
          column('sharedOn'),
          column('from'),
          column('to'),
          column('categories'),
          column('purpose'),
          column('consent'),
          column('agreement'),
          column('legalBasis'),
        ],
        rows: input.log.map((row) =>
          cells([
            row.caseCode,
            words.date(row.sharedOn),
            row.fromPartnerName,
            row.toPartnerName,
            row.dataCategories.map(words.category).join(', '),
            row.purpose,
            words.consent(row.consent),
            row.agreementId ? row.agreementTitle : t('log.noAgreement', { reason: row.noAgreementReason }),
            legalBasisText(row, words),
          ]),
        ),
      },
    },
  ];
}

function erasureBlocks(input: DpoReportInput, words: DpoWords): ReportBlock[] {
  const { t } = words;
  if (input.erasures.length === 0) return [{ kind: 'paragraph', text: t('report.erasuresNone') }];
  return [
    {
      kind: 'table',
      table: {
        columns: [t('erasures.what'), t('erasures.when'), t('erasures.reason'), t('erasures.note')],
        rows: input.erasures.map((erasure) =>
          cells([words.erased(erasure), words.dateTime(erasure.createdAt), t(`erasures.reasons.${erasure.reason}`), erasure.note]),
        ),
      },
    },
  ];
}

function auditBlocks(input: DpoReportInput, words: DpoWords): ReportBlock[] {
  const { t } = words;
  const check = input.lastCheck;
  if (!check) return [{ kind: 'paragraph', text: t('audit.never') }];
  const n = (value: number) => formatNumber(value, words.language);
  return [
    { kind: 'paragraph', text: t('audit.lastIntact', { date: words.dateTime(check.at), seq: n(check.seq) }) },
    {
      kind: 'paragraph',
      text: check.fullCheck ? t('audit.lastFull', { date: words.dateTime(check.fullCheck.at), seq: n(check.fullCheck.seq) }) : t('audit.noFull'),
    },
  ];
}

export function buildDpoReport(input: DpoReportInput, words: DpoWords): ReportDocument {
  const { t } = words;
  const periodText = t('report.periodValue', { from: words.date(input.period.start), to: words.date(input.period.end) });
  const facts = [
    ...(input.networkName ? [{ label: t('report.network'), value: input.networkName }] : []),
    { label: t('report.period'), value: periodText },
    { label: t('report.exportedOn'), value: words.date(input.today) },
  ];
  return {
    language: words.language,
    title: t('report.documentTitle'),
    // Case codes, partners and what was shared: for the officer and the coordinator only.
    marking: t('report.marking'),
    draftMark: null,
    facts,
    notices: [t('report.notice')],
    sections: [
      { id: 'records', heading: t('records.title'), marking: null, blocks: recordsBlocks(input, words) },
      { id: 'log', heading: `${t('log.title')} (${periodText})`, marking: null, blocks: logBlocks(input, words) },
      { id: 'erasures', heading: `${t('erasures.title')} (${periodText})`, marking: null, blocks: erasureBlocks(input, words) },
      { id: 'audit', heading: t('audit.title'), marking: null, blocks: auditBlocks(input, words) },
    ],
  };
}

/** "2026-01-01–2026-12-31 Data-protection report.pdf" */
export function dpoReportFileName(period: FiguresPeriod, words: DpoWords, extension: 'pdf' | 'docx'): string {
  return safeFileName({ start: `${period.start}–${period.end}`, middle: words.t('report.fileName') }, extension);
}
