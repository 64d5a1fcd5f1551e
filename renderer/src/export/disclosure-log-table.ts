/**
 * The network's disclosure log for a period as one table, written as CSV or XLSX
 * (export/list-table.ts, export/xlsx.ts): one row per disclosure, in the log's order, every
 * column in words of the export language. The same rows the page shows, so the file and
 * the page cannot disagree.
 */
import type { DataCategory, LegalBasis } from '../domain/agreement';
import type { DisclosureConsent } from '../domain/disclosure';
import type { DisclosureLogRow } from '../domain/disclosure-log';
import { date, text, type ListTable } from './list-table';

export const disclosureLogColumns = [
  'caseCode',
  'sharedOn',
  'from',
  'to',
  'categories',
  'description',
  'purpose',
  'consent',
  'agreement',
  'legalBasis',
  'recordedBy',
  'recordedAt',
] as const;
export type DisclosureLogColumn = (typeof disclosureLogColumns)[number];

export interface DisclosureLogWords {
  /** The sheet's name. */
  title: string;
  header: Record<DisclosureLogColumn, string>;
  category(code: DataCategory): string;
  consent(code: DisclosureConsent): string;
  legalBasis(code: LegalBasis): string;
  /** "No agreement: <reason>". */
  noAgreement(reason: string): string;
  dateTime(isoStamp: string): string;
}

/** The legal bases of a row's agreement in words, the agreement's own free text after them. */
export function legalBasisText(row: Pick<DisclosureLogRow, 'legalBases' | 'legalBasisOther'>, words: Pick<DisclosureLogWords, 'legalBasis'>): string {
  return [...row.legalBases.map(words.legalBasis), ...(row.legalBasisOther ? [row.legalBasisOther] : [])].join('; ');
}

export function disclosureLogTable(rows: readonly DisclosureLogRow[], words: DisclosureLogWords): ListTable {
  return {
    title: words.title,
    header: disclosureLogColumns.map((column) => words.header[column]),
    rows: rows.map((row) => [
      text(row.caseCode),
      date(row.sharedOn),
      text(row.fromPartnerName),
      text(row.toPartnerName),
      text(row.dataCategories.map(words.category).join(', ')),
      text(row.description),
      text(row.purpose),
      text(words.consent(row.consent)),
      text(row.agreementId ? row.agreementTitle : words.noAgreement(row.noAgreementReason)),
      text(legalBasisText(row, words)),
      text(row.recordedBy),
      text(words.dateTime(row.recordedAt)),
    ]),
  };
}
