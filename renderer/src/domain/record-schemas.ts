/**
 * The stored shape of every kind of record, checked by storage before every write (the one
 * write path, storage/record-store.ts). They reuse the forms' field rules, so a limit or a
 * date rule is written once; the forms' cross-field rules (consent needs a date, an
 * agreement needs two parties) stay with the forms, because they judge input, not storage.
 *
 * Objects are strict: a field the schema does not know is refused, not silently dropped.
 */
import { z } from 'zod';
import { agreementInputSchema, agreementRetentionMonths, dataCategories, type Agreement } from './agreement';
import { disclosureInputSchema, type CoverageAcknowledgement, type Disclosure } from './disclosure';
import {
  actionStatuses,
  agendaItemInputSchema,
  agendaItemKinds,
  attendeeSchema,
  confidentialityLevels,
  meetingStatuses,
  meetingTypes,
  minutesVariants,
  optionalWebLink,
  type ActionItem,
  type AgendaItem,
  type Meeting,
  type MeetingSeries,
} from './meeting';
import { agendaTemplateSchema } from './meeting-series';
import { correctionsSchema } from './referral-correction';
import { contactInputSchema, partnerInputSchema, type Contact, type Partner } from './partner';
import { isoInstant, optionalRecordId, recordId, recordMetaShape } from './record';
import { isKnownTimeZone } from './zoned-time';
import { closingOutcomes, referralEventKinds, referralInputSchema, referralStatuses, type Referral, type ReferralEvent } from './referral';
import { caseFiguresSnapshotSchema, riskEditionShape, riskEditionStatuses, type RiskPictureEdition } from './risk-picture';
import { isRealIsoDate, limits, optionalIsoDate, optionalText, requiredText } from './validation';

const isoDate = z.string().refine(isRealIsoDate);
const position = z.number().int().min(0);

const { contacts: _contacts, ...partnerFields } = partnerInputSchema.shape;
export const partnerRecordSchema: z.ZodType<Partner, unknown> = z.strictObject({ ...recordMetaShape, ...partnerFields });

const { id: _contactId, ...contactFields } = contactInputSchema.shape;
export const contactRecordSchema: z.ZodType<Contact, unknown> = z.strictObject({
  ...recordMetaShape,
  ...contactFields,
  partnerId: recordId,
  position,
});

export const meetingSeriesRecordSchema: z.ZodType<MeetingSeries, unknown> = z.strictObject({
  ...recordMetaShape,
  name: requiredText(limits.name),
  agendaTemplate: agendaTemplateSchema.optional(),
});

export const meetingRecordSchema: z.ZodType<Meeting, unknown> = z.strictObject({
  ...recordMetaShape,
  title: requiredText(limits.name),
  type: z.enum(meetingTypes),
  seriesId: optionalRecordId,
  startsAt: isoInstant,
  endsAt: isoInstant,
  timeZone: z.string().refine(isKnownTimeZone),
  location: optionalText(limits.role),
  onlineLink: optionalWebLink,
  chair: optionalText(limits.name),
  minuteTaker: optionalText(limits.name),
  confidentiality: z.enum(confidentialityLevels),
  status: z.enum(meetingStatuses),
  attendees: z.array(attendeeSchema),
  approvedAt: isoInstant.nullable(),
  approvedBy: z
    .strictObject({ name: requiredText(limits.name), organisation: requiredText(limits.name) })
    .nullable()
    .optional(),
  circulations: z.array(
    z.strictObject({ id: recordId, to: requiredText(limits.name), on: isoDate, variant: z.enum(minutesVariants), recordedAt: isoInstant.optional() }),
  ),
  amendments: z.array(z.strictObject({ id: recordId, at: isoInstant, reason: requiredText(limits.notes) })),
});

export const agendaItemRecordSchema: z.ZodType<AgendaItem, unknown> = z.strictObject({
  ...recordMetaShape,
  ...agendaItemInputSchema.shape,
  meetingId: recordId,
  position,
  kind: z.enum(agendaItemKinds),
  arisingActionIds: z.array(recordId),
  carriedOverFrom: z.strictObject({ meetingId: recordId, itemId: recordId }).nullable().optional(),
  carriedOverTo: z.strictObject({ meetingId: recordId, itemId: recordId }).nullable().optional(),
  erasedAt: isoInstant.nullable().optional(),
});

export const actionRecordSchema: z.ZodType<ActionItem, unknown> = z.strictObject({
  ...recordMetaShape,
  meetingId: recordId,
  agendaItemId: recordId,
  text: requiredText(limits.notes),
  ownerPartnerId: recordId,
  ownerContactId: optionalRecordId,
  dueDate: optionalIsoDate,
  status: z.enum(actionStatuses),
  history: z.array(z.strictObject({ at: isoInstant, status: z.enum(actionStatuses) })).min(1),
});

/** `today` as the forms get it: a stored date may not lie in the future either. */
export function referralRecordSchema(today: () => string): z.ZodType<Referral, unknown> {
  return z.strictObject({
    ...recordMetaShape,
    ...referralInputSchema(today).shape,
    referringContactId: optionalRecordId,
    caseCode: z.string().regex(/^RT-\d{4}-\d{4,}$/),
    caseYear: z.number().int(),
    caseNumber: z.number().int().min(1),
    status: z.enum(referralStatuses),
    outcome: z.enum(closingOutcomes).nullable(),
    closedOn: isoDate.nullable(),
    nextReviewOn: isoDate.nullable(),
    retentionFrom: isoDate.nullable().default(null),
    corrections: correctionsSchema.default([]),
  });
}

export const referralEventRecordSchema: z.ZodType<ReferralEvent, unknown> = z.strictObject({
  ...recordMetaShape,
  referralId: recordId,
  kind: z.enum(referralEventKinds),
  on: isoDate,
  by: requiredText(2 * limits.name + 3),
  text: optionalText(limits.notes),
  fromStatus: z.enum(referralStatuses).nullable(),
  toStatus: z.enum(referralStatuses).nullable(),
  outcome: z.enum(closingOutcomes).nullable(),
  meetingId: optionalRecordId,
  agendaItemId: optionalRecordId,
  ownerPartnerId: optionalRecordId,
  dueDate: optionalIsoDate,
  doneOn: isoDate.nullable(),
  reviewMonths: z.union([z.literal(6), z.literal(12)]).nullable(),
});

export function agreementRecordSchema(today: () => string): z.ZodType<Agreement, unknown> {
  return z.strictObject({
    ...recordMetaShape,
    ...agreementInputSchema(today).shape,
    // Stored as a number; agreements saved before it existed set none.
    retentionMonths: agreementRetentionMonths.nullable().default(null),
  });
}

export function disclosureRecordSchema(today: () => string): z.ZodType<Disclosure, unknown> {
  return z.strictObject({
    ...recordMetaShape,
    ...disclosureInputSchema(today).shape,
    referralId: recordId,
    recordedBy: requiredText(2 * limits.name + 3),
  });
}

export const coverageAcknowledgementRecordSchema: z.ZodType<CoverageAcknowledgement, unknown> = z.strictObject({
  ...recordMetaShape,
  referralId: recordId,
  gaps: z.array(z.strictObject({ partnerIds: z.tuple([recordId, recordId]), missing: z.array(z.enum(dataCategories)) })).min(1),
  reason: requiredText(limits.notes),
  by: requiredText(2 * limits.name + 3),
});

const { periodStart: _periodStart, periodEnd: _periodEnd, ...editionFields } = riskEditionShape;
export const riskPictureRecordSchema: z.ZodType<RiskPictureEdition, unknown> = z.strictObject({
  ...recordMetaShape,
  ...editionFields,
  periodStart: isoDate,
  periodEnd: isoDate,
  status: z.enum(riskEditionStatuses),
  editionNumber: z.number().int().min(1),
  previousEditionId: optionalRecordId,
  agreement: z
    .strictObject({
      agreedOn: isoDate,
      meetingId: optionalRecordId,
      decisionId: optionalRecordId,
      recordedBy: z.strictObject({ name: requiredText(limits.name), organisation: optionalText(limits.name) }),
    })
    .nullable(),
  caseFigures: caseFiguresSnapshotSchema.nullable(),
});
