/**
 * The records of processing (Art. 30 GDPR/DSGVO, Verzeichnis von Verarbeitungstätigkeiten) as
 * far as the tool itself can tell them: which kinds of personal data it holds and, for cases,
 * which data categories; the purposes and legal bases from the agreements in force; the
 * recipients from the disclosure log (partners that received data, with how often); and how
 * long each kind is kept under the retention schedule. Pure: storage reads the inputs.
 */
import { dataCategories, legalBases as canonicalBases, type Agreement, type DataCategory, type LegalBasis } from './agreement';
import { agreementStanding } from './agreement-status';
import { concernTypes, vulnerabilityFactors } from './referral';
import { referralDataCategories } from './referral-data-categories';
import type { RetentionRule, RetentionSchedule } from './retention';

/** The kinds of record about people the tool holds, in the order the record lists them. */
export const processingKinds = ['cases', 'disclosures', 'meetingsMinutes', 'partnersContacts', 'agreements', 'auditTrail'] as const;
export type ProcessingKind = (typeof processingKinds)[number];

/**
 * Which retention rules decide how long each kind is kept. Disclosures go with their case;
 * agreements have no rule (they are the network's own documents, not data about people at
 * risk); the audit trail's values go with their record and the names in it by `auditActors`.
 */
export const kindRetentionRules: Record<ProcessingKind, readonly RetentionRule[]> = {
  cases: ['closedCase', 'caseNotTakenOn'],
  disclosures: ['closedCase', 'caseNotTakenOn'],
  meetingsMinutes: ['caseDiscussion'],
  partnersContacts: ['formerPartnerContact'],
  agreements: [],
  auditTrail: ['auditActors'],
};

/**
 * Every data category a case can hold: what `referralDataCategories` derives from any concern
 * and any vulnerability recorded, in the canonical order. Asked of the derivation itself, so a
 * new concern or vulnerability shows here without a second list to keep.
 */
export function caseDataCategories(): DataCategory[] {
  const found = new Set<DataCategory>();
  for (const concern of concernTypes) for (const category of referralDataCategories({ concernTypes: [concern], vulnerabilities: [] })) found.add(category);
  for (const factor of vulnerabilityFactors)
    for (const category of referralDataCategories({ concernTypes: [], vulnerabilities: [factor] })) found.add(category);
  return dataCategories.filter((category) => found.has(category));
}

export interface ProcessingKindEntry {
  kind: ProcessingKind;
  /** For cases: the categories of data they can hold; empty for the others (their fields are described in words). */
  dataCategories: DataCategory[];
  retention: { rule: RetentionRule; months: number }[];
}

export interface ProcessingPurpose {
  agreementId: string;
  title: string;
  purpose: string;
  legalBases: LegalBasis[];
  legalBasisOther: string;
  dataCategories: DataCategory[];
  partyIds: string[];
  /** The agreement's own retention terms, as written in it ('' when none). */
  retentionPeriod: string;
}

export interface ProcessingRecipient {
  partnerId: string;
  /** '' when the partner record is gone. */
  name: string;
  /** Disclosures it received. */
  count: number;
}

export interface RecordsOfProcessing {
  kinds: ProcessingKindEntry[];
  /** One per agreement in force today (active or under review, started, not ended), by title. */
  purposes: ProcessingPurpose[];
  /** Every legal basis some agreement in force names, in the canonical order. */
  legalBases: LegalBasis[];
  /** Partners that received data, most disclosures first, then by name. */
  recipients: ProcessingRecipient[];
}

export interface RecordsOfProcessingInput {
  agreements: readonly Agreement[];
  /** Disclosures received, per partner id (from the disclosures' `toPartnerId` index). */
  receivedCounts: ReadonlyMap<string, number>;
  partnerNames: ReadonlyMap<string, string>;
  schedule: RetentionSchedule;
  today: string;
  /** Orders titles and names as the reader's language does. */
  collator: Pick<Intl.Collator, 'compare'>;
}

export function recordsOfProcessing(input: RecordsOfProcessingInput): RecordsOfProcessing {
  const caseCategories = caseDataCategories();
  const kinds = processingKinds.map((kind) => ({
    kind,
    dataCategories: kind === 'cases' ? caseCategories : [],
    retention: kindRetentionRules[kind].map((rule) => ({ rule, months: input.schedule[rule] })),
  }));
  const inForce = input.agreements.filter((agreement) => agreement.deletedAt === null && agreementStanding(agreement, input.today).inForce);
  const purposes = inForce
    .map((agreement) => ({
      agreementId: agreement.id,
      title: agreement.title,
      purpose: agreement.purpose,
      legalBases: [...agreement.legalBases],
      legalBasisOther: agreement.legalBasisOther,
      dataCategories: [...agreement.dataCategories],
      partyIds: agreement.parties.map((party) => party.partnerId),
      retentionPeriod: agreement.retentionPeriod,
    }))
    .sort((a, b) => input.collator.compare(a.title, b.title) || a.agreementId.localeCompare(b.agreementId));
  const named = new Set(inForce.flatMap((agreement) => agreement.legalBases));
  const recipients = [...input.receivedCounts]
    .filter(([, count]) => count > 0)
    .map(([partnerId, count]) => ({ partnerId, name: input.partnerNames.get(partnerId) ?? '', count }))
    .sort((a, b) => b.count - a.count || input.collator.compare(a.name, b.name) || a.partnerId.localeCompare(b.partnerId));
  return { kinds, purposes, legalBases: canonicalBases.filter((basis) => named.has(basis)), recipients };
}
