/**
 * The retention schedule: how long each kind of record about people is kept once its purpose
 * is served, and when a record falls due for deletion (DSGVO/UK GDPR Art. 5(1)(e)). Pure rules,
 * no storage and no clock: every function takes today's date or the dates it works from.
 *
 * Periods are whole months (a year is 12), counted on the calendar: 31 August + 6 months is
 * 28/29 February, never a day in March. A record falls due ON the day its period ends.
 */
import { z } from 'zod';
import type { Referral, ReferralEvent } from './referral';
import { addMonths, isOpenCase } from './referral-workflow';
import { msg } from './validation';

/**
 * The rules, each with what it covers and the day its period runs from:
 * - closedCase: a case closed after support (status "closed"): its record, timeline,
 *   disclosures and sharing acknowledgements, from the last post-closure review (done, or
 *   due when never done) or the closing day when there is none;
 * - caseNotTakenOn: a case found not appropriate or signposted elsewhere, from that decision;
 * - caseDiscussion: the case-discussion parts of meeting minutes, from the meeting's day, but
 *   never while a case discussed in them is still open;
 * - formerPartnerContact: contacts of a partner that left the network, from the day it left;
 * - auditActors: who made each change to a deleted record (the values are erased with the
 *   record at once; the names of those who worked on it stay this long, so a complaint about
 *   how the case was handled can still be answered), from the deletion.
 * Timeline entries, disclosures and acknowledgements have no rule of their own: they go with
 * their case. An agreement's own retention period can only shorten a case's (see caseDue).
 */
export const retentionRules = ['closedCase', 'caseNotTakenOn', 'caseDiscussion', 'formerPartnerContact', 'auditActors'] as const;
export type RetentionRule = (typeof retentionRules)[number];

/** Months each rule keeps its records. */
export type RetentionSchedule = Record<RetentionRule, number>;

/**
 * The defaults, chosen for a prevention network and explained in the app (locales
 * retention.rules.*.reason): three years after the last review covers a concern that returns
 * after support ended (the usual span of the case-management guidance partners follow, and the
 * regular limitation period for claims arising from the support); a case not taken on needs
 * less; panel minutes follow the cases; a former partner's contacts are kept only while
 * handover questions are likely; the names in the audit trail one year after the deletion.
 */
export const defaultRetentionSchedule: Readonly<RetentionSchedule> = {
  closedCase: 36,
  caseNotTakenOn: 12,
  caseDiscussion: 36,
  formerPartnerContact: 6,
  auditActors: 12,
};

/** The shortest and longest period a rule may have: refused outside, never cut. */
export const retentionMonthLimits = { min: 1, max: 120 } as const;

const monthsMessage = msg('retentionMonths', { min: retentionMonthLimits.min, max: retentionMonthLimits.max });
const months = z.coerce
  .number({ error: monthsMessage })
  .int({ error: monthsMessage })
  .min(retentionMonthLimits.min, { error: monthsMessage })
  .max(retentionMonthLimits.max, { error: monthsMessage });

/** The schedule as stored in settings; each rule missing from a stored value takes its default. */
export const retentionScheduleSchema = z.object(
  Object.fromEntries(retentionRules.map((rule) => [rule, months.default(defaultRetentionSchedule[rule])])) as Record<
    RetentionRule,
    z.ZodDefault<typeof months>
  >,
);

/** The longest period of the schedule: how long a backup may still hold a deleted record. */
export function longestRetentionMonths(schedule: RetentionSchedule): number {
  return Math.max(...retentionRules.map((rule) => schedule[rule]));
}

/** The day a period of `months` running from `from` ends: the record is due that day. */
export function dueOn(from: string, monthsKept: number): string {
  return addMonths(from, monthsKept);
}

/** Whether a record whose period runs from `from` is due on `today`. */
export function isDue(from: string, monthsKept: number, today: string): boolean {
  return dueOn(from, monthsKept) <= today;
}

/**
 * A day on or before which every period of `monthsKept` that has ended by `today` began: the
 * bound for an index query, whose rows are then checked with isDue. Counting back is not the
 * inverse of counting on at month ends (31 August + 6 months = 28 February, but 28 February −
 * 6 months = 28 August), so the bound allows the three days a month's end can swallow.
 */
export function candidateStartBound(today: string, monthsKept: number): string {
  const date = new Date(`${addMonths(today, -monthsKept)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 3);
  return date.toISOString().slice(0, 10);
}

/** Which rule covers a case that is no longer open (null while open). */
export function caseRule(status: Referral['status']): 'closedCase' | 'caseNotTakenOn' | null {
  if (isOpenCase(status)) return null;
  return status === 'closed' ? 'closedCase' : 'caseNotTakenOn';
}

type CaseFacts = Pick<Referral, 'status' | 'closedOn' | 'updatedAt'>;
type TimelineFacts = Pick<ReferralEvent, 'kind' | 'on' | 'dueDate' | 'doneOn' | 'toStatus' | 'deletedAt'>;

/**
 * The day a case's retention runs from, or null while it is open: the closing day (or the
 * day it was found not appropriate or signposted), moved on to its last post-closure review
 * (the day done, or the day due when it was never done, so an overdue review does not keep
 * a case forever). Removed timeline entries do not count.
 */
export function caseRetentionStart(referral: CaseFacts, timeline: readonly TimelineFacts[]): string | null {
  if (!caseRule(referral.status)) return null;
  const live = timeline.filter((event) => event.deletedAt === null);
  const decided = live
    .filter((event) => event.toStatus === referral.status)
    .map((event) => event.on)
    .sort()
    .at(-1);
  let start = referral.closedOn ?? decided ?? referral.updatedAt.slice(0, 10);
  for (const review of live) {
    if (review.kind !== 'review') continue;
    const day = review.doneOn ?? review.dueDate;
    if (day && day > start) start = day;
  }
  return start;
}

/** An agreement that data of a case was shared under, with its own retention period (if it sets one). */
export interface SharedUnder {
  agreementId: string;
  title: string;
  /** Months after the case's retention start; null when the agreement sets none. */
  retentionMonths: number | null;
}

/** Why a record is due: the rule (or agreement) that set the period, from when, and the day. */
export interface DueReason {
  rule: RetentionRule;
  /** The day the period runs from. */
  from: string;
  months: number;
  dueOn: string;
  /** Set when an agreement's shorter period decided the day instead of the schedule. */
  agreement?: { id: string; title: string };
}

/**
 * When a case falls due: the schedule's period for its rule, or an agreement's shorter one
 * for data shared under it (the partner that shared set that condition), whichever ends
 * first. Null while the case is open.
 */
export function caseDue(
  referral: CaseFacts,
  timeline: readonly TimelineFacts[],
  sharedUnder: readonly SharedUnder[],
  schedule: RetentionSchedule,
): DueReason | null {
  const rule = caseRule(referral.status);
  const from = caseRetentionStart(referral, timeline);
  if (!rule || !from) return null;
  let reason: DueReason = { rule, from, months: schedule[rule], dueOn: dueOn(from, schedule[rule]) };
  for (const agreement of sharedUnder) {
    if (agreement.retentionMonths === null) continue;
    const day = dueOn(from, agreement.retentionMonths);
    if (day < reason.dueOn)
      reason = { rule, from, months: agreement.retentionMonths, dueOn: day, agreement: { id: agreement.agreementId, title: agreement.title } };
  }
  return reason;
}

/** A legal hold: the record is kept past its due day until `until`, for `reason`. */
export interface HoldFacts {
  until: string;
}

/**
 * Whether a record with this due reason is due on `today`, a hold considered: a hold that
 * has not ended keeps it; once it has ended, the record is due again (the list says why).
 */
export function isDueToday(reason: DueReason | null, hold: HoldFacts | null | undefined, today: string): boolean {
  if (!reason || reason.dueOn > today) return false;
  return !hold || hold.until < today;
}

/** The case-discussion parts of a meeting: due from its day, but not while a case they discuss is open. */
export function caseDiscussionDue(meetingDay: string, casesStillOpen: boolean, schedule: RetentionSchedule): DueReason | null {
  if (casesStillOpen) return null;
  return { rule: 'caseDiscussion', from: meetingDay, months: schedule.caseDiscussion, dueOn: dueOn(meetingDay, schedule.caseDiscussion) };
}

/** A contact of a partner that left the network: due from the day the partner left. */
export function formerPartnerContactDue(partnerLeftOn: string | null, schedule: RetentionSchedule): DueReason | null {
  if (!partnerLeftOn) return null;
  return {
    rule: 'formerPartnerContact',
    from: partnerLeftOn,
    months: schedule.formerPartnerContact,
    dueOn: dueOn(partnerLeftOn, schedule.formerPartnerContact),
  };
}

/** Who worked on a deleted record (in its audit entries): due from the deletion. */
export function auditActorsDue(erasedOn: string, schedule: RetentionSchedule): DueReason {
  return { rule: 'auditActors', from: erasedOn, months: schedule.auditActors, dueOn: dueOn(erasedOn, schedule.auditActors) };
}

/** Why a record was deleted: its retention ended, the person asked (Art. 17), or it should never have been recorded. */
export const erasureReasons = ['retention', 'request', 'unlawful', 'other'] as const;
export type ErasureReason = (typeof erasureReasons)[number];
