/**
 * Every table of records and what the record store needs to know about it: its schema, the
 * kind of record its audit entries name, the record it belongs to, and which fields its
 * audit entries compare. Settings and the audit trail itself are not records: they have
 * their own modules.
 */
import { auditedAgreementFields } from '../domain/agreement';
import { erasureRecordSchema } from '../domain/erasure';
import { retentionHoldRecordSchema } from '../domain/retention-hold';
import {
  actionRecordSchema,
  agendaItemRecordSchema,
  agreementRecordSchema,
  contactRecordSchema,
  coverageAcknowledgementRecordSchema,
  disclosureRecordSchema,
  meetingRecordSchema,
  meetingSeriesRecordSchema,
  partnerRecordSchema,
  referralEventRecordSchema,
  referralRecordSchema,
  riskPictureRecordSchema,
} from '../domain/record-schemas';
import { auditedRiskEditionFields } from '../domain/risk-picture';
import { auditedReferralFields, derivedReferralFields } from '../domain/referral';
import type { AuditEntity } from '../domain/audit';
import type { RecordMeta } from '../domain/record';
import type { RecordSpec } from './record-store';

export const recordTables = [
  'partners',
  'contacts',
  'meetings',
  'meetingSeries',
  'agendaItems',
  'actions',
  'referrals',
  'referralEvents',
  'agreements',
  'disclosures',
  'coverageAcknowledgements',
  'riskPictures',
  'retentionHolds',
  'erasures',
] as const;
export type RecordTable = (typeof recordTables)[number];

/** Which kind of record each table holds, as audit entries name it. */
export const entityOfTable: Record<RecordTable, AuditEntity> = {
  partners: 'partner',
  contacts: 'contact',
  meetings: 'meeting',
  meetingSeries: 'meetingSeries',
  agendaItems: 'agendaItem',
  actions: 'action',
  referrals: 'referral',
  referralEvents: 'referralEvent',
  agreements: 'agreement',
  disclosures: 'disclosure',
  coverageAcknowledgements: 'coverageAcknowledgement',
  riskPictures: 'riskPicture',
  retentionHolds: 'retentionHold',
  erasures: 'erasure',
};

/** The record a stored record belongs to, read from its plaintext foreign keys (also in migrations). */
export function parentOfStored(table: RecordTable, record: Record<string, unknown>): string | null {
  const key = (
    {
      contacts: 'partnerId',
      agendaItems: 'meetingId',
      actions: 'meetingId',
      referralEvents: 'referralId',
      disclosures: 'referralId',
      coverageAcknowledgements: 'referralId',
      retentionHolds: 'recordId',
      erasures: 'parentId',
    } as Partial<Record<RecordTable, string>>
  )[table];
  const value = key ? record[key] : undefined;
  return typeof value === 'string' ? value : null;
}

function spec<T extends RecordMeta>(
  table: RecordTable,
  schema: RecordSpec<T>['schema'],
  auditedFields?: RecordSpec<T>['auditedFields'],
  derivedFields?: RecordSpec<T>['derivedFields'],
  addedFields?: RecordSpec<T>['addedFields'],
): RecordSpec<T> {
  return {
    table,
    entity: entityOfTable[table],
    schema,
    parentOf: (record) => parentOfStored(table, record as unknown as Record<string, unknown>),
    ...(auditedFields ? { auditedFields } : {}),
    ...(derivedFields ? { derivedFields } : {}),
    ...(addedFields ? { addedFields } : {}),
  };
}

/** The specs, given today's date for the rules that refuse future dates. */
export function recordSpecs(today: () => string) {
  return {
    partners: spec('partners', partnerRecordSchema),
    contacts: spec('contacts', contactRecordSchema),
    meetings: spec('meetings', meetingRecordSchema),
    meetingSeries: spec('meetingSeries', meetingSeriesRecordSchema),
    agendaItems: spec('agendaItems', agendaItemRecordSchema),
    actions: spec('actions', actionRecordSchema),
    // Version 11 added the retention start (kept for closed cases by the migration) and corrections.
    referrals: spec('referrals', referralRecordSchema(today), auditedReferralFields, derivedReferralFields, { retentionFrom: null, corrections: [] }),
    referralEvents: spec('referralEvents', referralEventRecordSchema),
    agreements: spec('agreements', agreementRecordSchema(today), auditedAgreementFields, undefined, { retentionMonths: null }),
    disclosures: spec('disclosures', disclosureRecordSchema(today)),
    coverageAcknowledgements: spec('coverageAcknowledgements', coverageAcknowledgementRecordSchema),
    riskPictures: spec('riskPictures', riskPictureRecordSchema, auditedRiskEditionFields),
    retentionHolds: spec('retentionHolds', retentionHoldRecordSchema),
    erasures: spec('erasures', erasureRecordSchema),
  };
}
