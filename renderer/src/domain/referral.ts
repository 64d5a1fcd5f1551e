/**
 * Referrals: a partner's concern about a person who may be drawn into extremism. The
 * person is recorded pseudonymously and minimally: a case code from the tool, optional
 * initials, an age band, optional gender, an area; never a full name or address.
 */
import { z } from 'zod';
import type { RecordMeta } from './record';
import { limits, msg, optionalIsoDate, optionalText, pastOrToday } from './validation';

export const ageBands = ['under_12', '12_15', '16_17', '18_24', '25_plus'] as const;
export const genders = ['', 'female', 'male', 'diverse', 'not_stated'] as const;
/**
 * Ideologies first, then crime. Stored codes never change meaning or disappear (records and
 * backups hold them); new ones are only added, in the place they belong on the form.
 */
export const concernTypes = [
  'right_wing',
  'left_wing',
  'islamist',
  'foreign_related',
  'reichsbuerger_delegitimisation',
  'antisemitism',
  'conspiracy_ideologies',
  'misogyny_incel',
  'racism',
  'mixed_unclear',
  'other_ideology',
  'violence',
  'gangs',
  'drugs',
  'organised_crime',
] as const;
export const vulnerabilityFactors = ['bullying', 'exclusion', 'mental_health', 'asylum_seeker', 'online_exposure', 'family', 'isolation', 'other'] as const;
export const consentStates = ['not_asked', 'obtained', 'not_obtained'] as const;
export const riskLevels = ['low', 'medium', 'high'] as const;

export const referralStatuses = [
  'received',
  'screening',
  'information_gathering',
  'panel',
  'support',
  'review',
  'closed',
  'not_appropriate',
  'signposted',
] as const;
export const closingOutcomes = ['support_completed', 'no_further_action', 'referred_elsewhere', 'moved_away'] as const;

export type AgeBand = (typeof ageBands)[number];
export type ConcernType = (typeof concernTypes)[number];
export type VulnerabilityFactor = (typeof vulnerabilityFactors)[number];
export type ConsentState = (typeof consentStates)[number];
export type RiskLevel = (typeof riskLevels)[number];
export type ReferralStatus = (typeof referralStatuses)[number];
export type ClosingOutcome = (typeof closingOutcomes)[number];

/** A capital letter, also of a script other than Latin ("Ä", "Ø", "Ł"), or a titlecase digraph. */
const capital = String.raw`[\p{Lu}\p{Lt}]`;
const initialsPattern = new RegExp(String.raw`^${capital}\.?(?:[ -]?${capital}\.?){0,3}$`, 'u');

/**
 * Initials, never a name: one to four capital letters, each optionally followed by a dot,
 * separated by nothing, a space or a hyphen: "AB", "A.B.", "A. B.", "A-B", "A.-M. B.", "Ä.Ö.".
 *
 * Capitals only, so lower case is refused: "ab", "max" or "tom" cannot be told apart from a
 * word or a first name, while initials are written in capitals; the message shows the form to
 * use ("A. B."), so nobody is stuck. What the rule cannot catch: a name of up to four letters
 * typed all in capitals ("MAX") looks exactly like three initials, and passes.
 */
export function isInitials(text: string): boolean {
  return initialsPattern.test(text);
}

/** The referral form. `today` is injected so tests and time zones are deterministic. */
export function referralInputSchema(today: () => string) {
  return z
    .object({
      // No length limit of its own: the pattern allows at most four letters, and a name gets
      // the message that says what to enter instead of one that says "too long".
      initials: z
        .string()
        .trim()
        .refine((value) => value === '' || isInitials(value), { error: msg('initials') })
        .default(''),
      ageBand: z.enum(ageBands, { error: msg('choice') }),
      gender: z.enum(genders, { error: msg('choice') }).default(''),
      area: optionalText(limits.area),
      referringPartnerId: z
        .string({ error: msg('referrerRequired') })
        .trim()
        .min(1, { error: msg('referrerRequired') }),
      referringContactId: z.string().trim().default(''),
      receivedOn: pastOrToday(today),
      leadPartnerId: z.string().trim().default(''),
      involvedPartnerIds: z.array(z.string().min(1)).max(50).default([]),
      concernTypes: z.array(z.enum(concernTypes)).min(1, { error: msg('concernRequired') }),
      vulnerabilities: z.array(z.enum(vulnerabilityFactors)).default([]),
      summary: optionalText(limits.notes),
      consent: z.enum(consentStates, { error: msg('choice') }).default('not_asked'),
      consentFrom: optionalText(limits.name),
      consentOn: optionalIsoDate,
      consentJustification: optionalText(limits.notes),
      riskLevel: z.enum(riskLevels, { error: msg('choice') }),
      riskAssessedOn: optionalIsoDate,
    })
    .superRefine((value, context) => {
      if (value.consent === 'obtained' && !value.consentFrom) {
        context.addIssue({ code: 'custom', path: ['consentFrom'], message: msg('required') });
      }
      if (value.consent === 'obtained' && !value.consentOn) {
        context.addIssue({ code: 'custom', path: ['consentOn'], message: msg('required') });
      }
      if (value.consent === 'not_obtained' && !value.consentJustification) {
        context.addIssue({ code: 'custom', path: ['consentJustification'], message: msg('justificationRequired') });
      }
      if (value.consentOn && value.consentOn > today()) {
        context.addIssue({ code: 'custom', path: ['consentOn'], message: msg('futureDate') });
      }
      if (value.riskAssessedOn && value.riskAssessedOn > today()) {
        context.addIssue({ code: 'custom', path: ['riskAssessedOn'], message: msg('futureDate') });
      }
    });
}

export type ReferralInput = z.input<ReturnType<typeof referralInputSchema>>;
export type ReferralData = z.output<ReturnType<typeof referralInputSchema>>;

export interface Referral extends RecordMeta, Omit<ReferralData, 'referringContactId'> {
  /** "RT-2026-0042": the only identifier shown in lists. */
  caseCode: string;
  caseYear: number;
  caseNumber: number;
  referringContactId: string | null;
  status: ReferralStatus;
  outcome: ClosingOutcome | null;
  closedOn: string | null;
  /**
   * The due date of the case's earliest review not done and not removed, or null: derived
   * from its timeline and kept by storage with every timeline write, so the list finds due
   * reviews through an index instead of reading every timeline. Bookkeeping, not a change
   * anyone made: it is not audited and does not move the case's revision.
   */
  nextReviewOn: string | null;
  /**
   * The day the case's retention period runs from (domain/retention.ts: closing or the last
   * review), null while open: derived from status and timeline like nextReviewOn and indexed,
   * so the cases due for deletion are found without reading every closed case.
   */
  retentionFrom: string | null;
  /** Rectifications (Art. 16), oldest first: each says when, why and which fields (domain/referral-correction.ts). */
  corrections: ReferralCorrection[];
}

/** "Corrected on … because …": an edit saved as a correction of wrong data, not as a change of the situation. */
export interface ReferralCorrection {
  on: string;
  reason: string;
  fields: string[];
}

/** Fields compared (old → new) in the audit trail when a referral changes. */
export const auditedReferralFields = [
  'initials',
  'ageBand',
  'gender',
  'area',
  'referringPartnerId',
  'referringContactId',
  'receivedOn',
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
  'status',
  'outcome',
  'closedOn',
  'corrections',
] as const satisfies readonly (keyof Referral)[];

/** Kept by storage from the case's timeline (see `nextReviewOn`), never by a form or a status change. */
export const derivedReferralFields = ['nextReviewOn', 'retentionFrom'] as const satisfies readonly (keyof Referral)[];

export const referralEventKinds = ['status', 'note', 'contact', 'panel', 'support', 'review'] as const;
export type ReferralEventKind = (typeof referralEventKinds)[number];

/** One line of a case's timeline. */
export interface ReferralEvent extends RecordMeta {
  referralId: string;
  kind: ReferralEventKind;
  /** The day it happened (or, for a review or support action, is due). */
  on: string;
  /** Who decided or recorded it, as "Name (Organisation)". */
  by: string;
  text: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus | null;
  outcome: ClosingOutcome | null;
  /** Panel discussions: where the case was discussed. */
  meetingId: string | null;
  agendaItemId: string | null;
  /** Support actions: who does it and by when. */
  ownerPartnerId: string | null;
  dueDate: string;
  /** Reviews and support actions: done when this is set. */
  doneOn: string | null;
  /** Reviews: 6 or 12 months after closing. */
  reviewMonths: 6 | 12 | null;
}
