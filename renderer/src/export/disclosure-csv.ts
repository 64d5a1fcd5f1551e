/**
 * A case's disclosure log as CSV for a data-protection officer: one row per disclosure,
 * every column in words (partner names, agreement titles, categories in the export
 * language), nothing of the case beyond its code.
 */
import type { DataCategory, Disclosure, DisclosureConsent } from '../domain/disclosure';
import { toCsv } from './csv';

export const disclosureColumns = [
  'caseCode',
  'sharedOn',
  'from',
  'to',
  'categories',
  'description',
  'purpose',
  'consent',
  'agreement',
  'recordedBy',
  'recordedAt',
] as const;
export type DisclosureColumn = (typeof disclosureColumns)[number];

export interface DisclosureCsvWords {
  header: Record<DisclosureColumn, string>;
  partnerName(partnerId: string): string;
  /** The agreement's title, or (for none) the words "No agreement: <reason>". */
  agreement(disclosure: Pick<Disclosure, 'agreementId' | 'noAgreementReason'>): string;
  category(code: DataCategory): string;
  consent(code: DisclosureConsent): string;
  date(isoDate: string): string;
  dateTime(isoStamp: string): string;
  separator: ';' | ',';
}

export function disclosuresToCsv(caseCode: string, disclosures: readonly Disclosure[], words: DisclosureCsvWords): string {
  const rows = disclosures.map((disclosure) => [
    caseCode,
    words.date(disclosure.sharedOn),
    words.partnerName(disclosure.fromPartnerId),
    words.partnerName(disclosure.toPartnerId),
    disclosure.dataCategories.map(words.category).join(', '),
    disclosure.description,
    disclosure.purpose,
    words.consent(disclosure.consent),
    words.agreement(disclosure),
    disclosure.recordedBy,
    words.dateTime(disclosure.createdAt),
  ]);
  return toCsv(
    disclosureColumns.map((column) => words.header[column]),
    rows,
    words.separator,
  );
}
