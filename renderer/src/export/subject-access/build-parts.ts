/**
 * The parts of a subject-access export, each from the gathered records, in the export's
 * language (format.ts describes the result). Pure: records in, plain data out.
 */
import { visibleChanges, type AuditEntry } from '../../domain/audit';
import type { Agreement } from '../../domain/agreement';
import type { CoverageAcknowledgement, Disclosure } from '../../domain/disclosure';
import type { Meeting } from '../../domain/meeting';
import type { Referral, ReferralEvent } from '../../domain/referral';
import { withoutOtherCodes, type SelectedDiscussion } from '../../domain/subject-access';
import { codeWord, fieldLabel, partnerName, valueText, type WordContext } from './field-words';
import type { AcknowledgementEntry, AuditHistoryEntry, CaseDiscussion, CaseField, Coded, DisclosureEntry, PartnerRef, TimelineEntry } from './format';

export interface PartContext extends WordContext {
  caseCode: string;
  placeholder: string;
  agreements: ReadonlyMap<string, Agreement>;
  meetings: ReadonlyMap<string, Meeting>;
}

const caseFieldOrder = [
  'caseCode',
  'status',
  'receivedOn',
  'initials',
  'ageBand',
  'gender',
  'area',
  'referringPartnerId',
  'referringContactId',
  'leadPartnerId',
  'involvedPartnerIds',
  'concernTypes',
  'vulnerabilities',
  'summary',
  'consent',
  'consentFrom',
  'consentOn',
  'consentJustification',
  'riskLevel',
  'riskAssessedOn',
  'outcome',
  'closedOn',
  'nextReviewOn',
  'retentionFrom',
  'corrections',
  'createdAt',
  'updatedAt',
  'deletedAt',
] as const satisfies readonly (keyof Referral)[];

function coded(group: string, code: string, context: PartContext): Coded {
  return { code, label: codeWord(group, code, context) };
}

function partner(id: string, context: PartContext): PartnerRef {
  return { id, name: partnerName(id, context) };
}

/** Every field of the case, labelled; moments (recorded, archived) as days in the text. */
export function caseFields(referral: Referral, context: PartContext): CaseField[] {
  return caseFieldOrder.map((field) => {
    const value = referral[field];
    const text = valueText(field, value, context);
    return { field, label: fieldLabel(field, context), value: value ?? null, text };
  });
}

export function timelineEntries(events: readonly ReferralEvent[], context: PartContext): TimelineEntry[] {
  return events.map((event) => {
    const meeting = event.meetingId ? context.meetings.get(event.meetingId) : undefined;
    return {
      id: event.id,
      kind: coded('events', event.kind, context),
      on: event.on,
      by: event.by,
      text: event.text,
      fromStatus: event.fromStatus ? coded('statuses', event.fromStatus, context) : null,
      toStatus: event.toStatus ? coded('statuses', event.toStatus, context) : null,
      outcome: event.outcome ? coded('outcomes', event.outcome, context) : null,
      meeting: meeting
        ? {
            id: meeting.id,
            title: withoutOtherCodes(meeting.title, context.caseCode, context.placeholder),
            startsAt: meeting.startsAt,
            endsAt: meeting.endsAt,
            timeZone: meeting.timeZone,
          }
        : null,
      ownerPartner: event.ownerPartnerId ? partner(event.ownerPartnerId, context) : null,
      dueDate: event.dueDate || null,
      doneOn: event.doneOn,
      reviewMonths: event.reviewMonths,
      recordedAt: event.createdAt,
      removedAt: event.deletedAt,
    };
  });
}

export function disclosureEntries(disclosures: readonly Disclosure[], context: PartContext): DisclosureEntry[] {
  const { v } = context;
  return disclosures.map((disclosure) => {
    const agreement = disclosure.agreementId ? context.agreements.get(disclosure.agreementId) : undefined;
    return {
      id: disclosure.id,
      sharedOn: disclosure.sharedOn,
      from: partner(disclosure.fromPartnerId, context),
      to: partner(disclosure.toPartnerId, context),
      dataCategories: disclosure.dataCategories.map((code) => ({ code, label: v.word('agreements', ['vocab', 'categories', code], code) })),
      description: disclosure.description,
      purpose: disclosure.purpose,
      consent: coded('disclosureConsent', disclosure.consent, context),
      agreement: agreement
        ? {
            id: agreement.id,
            title: agreement.title,
            legalBases: agreement.legalBases.map((code) => ({ code, label: v.word('agreements', ['vocab', 'legalBases', code], code) })),
            legalBasisOther: agreement.legalBasisOther,
          }
        : null,
      noAgreementReason: disclosure.noAgreementReason,
      recordedBy: disclosure.recordedBy,
      recordedAt: disclosure.createdAt,
      removedAt: disclosure.deletedAt,
    };
  });
}

export function acknowledgementEntries(entries: readonly CoverageAcknowledgement[], context: PartContext): AcknowledgementEntry[] {
  return entries.map((entry) => ({
    id: entry.id,
    at: entry.createdAt,
    by: entry.by,
    reason: entry.reason,
    gaps: entry.gaps.map((gap) => ({
      partners: gap.partnerIds.map((id) => partner(id, context)),
      missing: gap.missing.map((code) => ({ code, label: context.v.word('agreements', ['vocab', 'categories', code], code) })),
    })),
    removedAt: entry.deletedAt,
  }));
}

export function discussionEntries(discussions: readonly SelectedDiscussion[], context: PartContext): CaseDiscussion[] {
  return discussions.map((discussion) => {
    const { meeting, item } = discussion;
    return {
      meeting: {
        id: meeting.id,
        title: discussion.meetingTitle,
        type: { code: meeting.type, label: context.l.vocab('types', meeting.type) },
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        timeZone: meeting.timeZone,
      },
      item: { id: item.id, title: discussion.title, presenter: item.presenter, caseDiscussion: item.caseDiscussion, removedAt: item.deletedAt },
      reason: { code: discussion.reason, label: context.l.t(`subjectAccess.discussion.reasons.${discussion.reason}`) },
      wholeItem: discussion.wholeItem,
      paragraphs: discussion.paragraphs,
      decisions: discussion.decisions.map((decision) => decision.text),
      leftOut: { ...discussion.leftOut },
    };
  });
}

const knownEntities = ['referral', 'referralEvent', 'disclosure', 'coverageAcknowledgement'] as const;

export function auditHistoryEntries(entries: readonly AuditEntry[], context: PartContext): AuditHistoryEntry[] {
  const { l, v } = context;
  return entries.map((entry) => ({
    seq: entry.seq,
    at: entry.at,
    actor: { name: entry.actorName, organisation: entry.actorOrganisation },
    action: { code: entry.action, label: v.word('referrals', ['vocab', 'auditActions', entry.action], entry.action) },
    entity: {
      code: entry.entity,
      label: (knownEntities as readonly string[]).includes(entry.entity)
        ? l.t(`subjectAccess.entities.${entry.entity as (typeof knownEntities)[number]}`)
        : entry.entity,
    },
    entityId: entry.entityId,
    // Only what says something: a field left empty on creation is no change.
    changes: visibleChanges(entry.changes).map((change) => ({
      field: change.field,
      label: fieldLabel(change.field, context),
      old: change.old ?? null,
      new: change.new ?? null,
      oldText: valueText(change.field, change.old, context),
      newText: valueText(change.field, change.new, context),
    })),
  }));
}
