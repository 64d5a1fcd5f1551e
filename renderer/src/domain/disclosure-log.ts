/**
 * The disclosure log of the whole network for a period, as the data-protection officer reads
 * it: one row per disclosure shared in the period (first and last day included), every
 * reference resolved to words a reader needs (the case's code, the partners' names, the
 * agreement's title and legal bases), nothing of the case beyond its code. Pure: storage
 * reads the disclosures through the `sharedOn` index and hands over what they name.
 */
import type { Agreement, DataCategory, LegalBasis } from './agreement';
import type { Disclosure, DisclosureConsent } from './disclosure';
import type { FiguresPeriod } from './figures-period';

/** Rows a page of the log shows. */
export const disclosureLogPageSize = 50;

export interface DisclosureLogRow {
  id: string;
  referralId: string;
  /** '' when the case is gone (never expected: a case's disclosures are deleted with it). */
  caseCode: string;
  sharedOn: string;
  fromPartnerId: string;
  fromPartnerName: string;
  toPartnerId: string;
  toPartnerName: string;
  dataCategories: DataCategory[];
  description: string;
  purpose: string;
  consent: DisclosureConsent;
  /** '' when it was shared without an agreement (then `noAgreementReason` says why). */
  agreementId: string;
  agreementTitle: string;
  /** The agreement's legal bases, as stored (canonical order); none without an agreement. */
  legalBases: LegalBasis[];
  legalBasisOther: string;
  noAgreementReason: string;
  recordedBy: string;
  /** When it was logged (ISO instant). */
  recordedAt: string;
}

/** What the disclosures name, read by id (archived partners and agreements included: the log is evidence). */
export interface DisclosureLogReferences {
  caseCodes: ReadonlyMap<string, string>;
  partnerNames: ReadonlyMap<string, string>;
  agreements: ReadonlyMap<string, Pick<Agreement, 'id' | 'title' | 'legalBases' | 'legalBasisOther'>>;
}

/** Whether a disclosure was shared in the period, both ends included (dates compare as ISO text: no time zone involved). */
export function sharedInPeriod(disclosure: Pick<Disclosure, 'sharedOn'>, period: FiguresPeriod): boolean {
  return disclosure.sharedOn >= period.start && disclosure.sharedOn <= period.end;
}

/**
 * The log's order: the day shared, then the id, which is the `sharedOn` index's own order, so
 * a page read from index keys and the whole period read for an export list rows alike.
 */
export function compareLogOrder(a: Pick<Disclosure, 'sharedOn' | 'id'>, b: Pick<Disclosure, 'sharedOn' | 'id'>): number {
  return a.sharedOn < b.sharedOn ? -1 : a.sharedOn > b.sharedOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function disclosureLogRow(disclosure: Disclosure, references: DisclosureLogReferences): DisclosureLogRow {
  const agreement = disclosure.agreementId ? references.agreements.get(disclosure.agreementId) : undefined;
  return {
    id: disclosure.id,
    referralId: disclosure.referralId,
    caseCode: references.caseCodes.get(disclosure.referralId) ?? '',
    sharedOn: disclosure.sharedOn,
    fromPartnerId: disclosure.fromPartnerId,
    fromPartnerName: references.partnerNames.get(disclosure.fromPartnerId) ?? '',
    toPartnerId: disclosure.toPartnerId,
    toPartnerName: references.partnerNames.get(disclosure.toPartnerId) ?? '',
    dataCategories: [...disclosure.dataCategories],
    description: disclosure.description,
    purpose: disclosure.purpose,
    consent: disclosure.consent,
    agreementId: disclosure.agreementId,
    agreementTitle: agreement?.title ?? '',
    legalBases: agreement ? [...agreement.legalBases] : [],
    legalBasisOther: agreement?.legalBasisOther ?? '',
    noAgreementReason: disclosure.noAgreementReason,
    recordedBy: disclosure.recordedBy,
    recordedAt: disclosure.createdAt,
  };
}

/** The rows of the disclosures shared in the period, in the log's order; others are left out. */
export function disclosureLogRows(disclosures: readonly Disclosure[], references: DisclosureLogReferences, period: FiguresPeriod): DisclosureLogRow[] {
  return disclosures
    .filter((disclosure) => disclosure.deletedAt === null && sharedInPeriod(disclosure, period))
    .sort(compareLogOrder)
    .map((disclosure) => disclosureLogRow(disclosure, references));
}

/** The ids a log needs to read to resolve its rows' references. */
export function disclosureLogReferenceIds(disclosures: readonly Pick<Disclosure, 'referralId' | 'fromPartnerId' | 'toPartnerId' | 'agreementId'>[]) {
  return {
    referralIds: [...new Set(disclosures.map((disclosure) => disclosure.referralId))],
    partnerIds: [...new Set(disclosures.flatMap((disclosure) => [disclosure.fromPartnerId, disclosure.toPartnerId]))],
    agreementIds: [...new Set(disclosures.map((disclosure) => disclosure.agreementId).filter(Boolean))],
  };
}
