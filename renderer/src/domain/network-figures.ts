/**
 * The network's own figures over a period, counted per calendar quarter: meetings held and
 * attendance, actions opened, done and overdue, agreements in force and sector coverage.
 * Pure counting over records the caller has read; what was read and how is the repository's
 * business (storage/repositories/network-figures.ts).
 *
 * A quarter only partly inside the period counts only its days inside it, and a state "at the
 * quarter's end" is the state on the quarter's last day or on the period's last day, whichever
 * comes first, so a figure never reaches beyond the period asked for.
 */
import type { ActionItem, ActionStatus, Meeting } from './meeting';
import type { Agreement } from './agreement';
import { agreementStanding } from './agreement-status';
import { attendanceOf, wasHeld, type AttendanceCount } from './attendance';
import { computeCoverage, coverageSummary } from './coverage';
import { isoToLocal } from './date-time';
import { inPeriod, quartersIn, type FiguresPeriod, type Quarter } from './figures-period';
import type { Partner } from './partner';
import { instantToWallClock } from './zoned-time';

/** The calendar day of an instant (a status change, a record's creation) on this computer's clock. */
export type DayOf = (instant: string) => string;
export const localDayOf: DayOf = (instant) => isoToLocal(instant).slice(0, 10);

/** The quarter's days inside the period. */
export function quarterInPeriod(quarter: Quarter, period: FiguresPeriod): FiguresPeriod {
  return { start: quarter.start > period.start ? quarter.start : period.start, end: quarter.end < period.end ? quarter.end : period.end };
}

/** The day a state "at the quarter's end" is taken on: its last day, or the period's if earlier. */
export function quarterEndInPeriod(quarter: Quarter, period: FiguresPeriod): string {
  return quarterInPeriod(quarter, period).end;
}

/** A meeting's day as planned: on the wall clock of the zone it was planned in. */
export function meetingDay(meeting: Pick<Meeting, 'startsAt' | 'timeZone'>): string {
  return instantToWallClock(meeting.startsAt, meeting.timeZone).slice(0, 10);
}

type MeetingFacts = Pick<Meeting, 'startsAt' | 'timeZone' | 'status' | 'attendees'>;

/** Held meetings per quarter of the period (by the day they were planned on, in their own zone). */
export function meetingsHeldPerQuarter(meetings: readonly MeetingFacts[], period: FiguresPeriod): number[] {
  return quartersIn(period).map((quarter) => {
    const days = quarterInPeriod(quarter, period);
    return meetings.filter((meeting) => wasHeld(meeting) && inPeriod(meetingDay(meeting), days)).length;
  });
}

export interface PartnerAttendance extends AttendanceCount {
  partnerId: string;
  /** Attended of invited, in whole percent. */
  rate: number;
}

/**
 * Each partner invited to a held meeting of the period: how many it was invited to, how
 * many it attended (the partner page's rule, domain/attendance.ts), highest rate first.
 */
export function attendancePerPartner(meetings: readonly MeetingFacts[], period: FiguresPeriod): PartnerAttendance[] {
  const held = meetings.filter((meeting) => wasHeld(meeting) && inPeriod(meetingDay(meeting), period));
  const partnerIds = new Set(held.flatMap((meeting) => meeting.attendees.flatMap((attendee) => (attendee.partnerId ? [attendee.partnerId] : []))));
  return [...partnerIds]
    .map((partnerId) => {
      const count = attendanceOf(held, partnerId);
      return { partnerId, ...count, rate: Math.round((count.attended / count.invited) * 100) };
    })
    .sort((a, b) => b.rate - a.rate || b.invited - a.invited || a.partnerId.localeCompare(b.partnerId));
}

type ActionFacts = Pick<ActionItem, 'createdAt' | 'dueDate' | 'status' | 'history'>;

export interface ActionsPerQuarter {
  /** Created in the quarter. */
  opened: number[];
  /** Changed to done in the quarter (once per action and quarter, even if reopened and done again). */
  done: number[];
  /** Open or in progress at the quarter's end, with a due date before that day. */
  overdue: number[];
}

const openStatuses: readonly ActionStatus[] = ['open', 'in_progress'];

/** The status an action had at the end of `day`; undefined if it did not exist yet. */
export function actionStatusOn(action: ActionFacts, day: string, dayOf: DayOf = localDayOf): ActionStatus | undefined {
  if (dayOf(action.createdAt) > day) return undefined;
  let status: ActionStatus | undefined = action.history.length === 0 ? action.status : undefined;
  for (const change of action.history) if (dayOf(change.at) <= day) status = change.status;
  // Created that day or before, with no change recorded by then: it started open.
  return status ?? 'open';
}

export function actionsPerQuarter(actions: readonly ActionFacts[], period: FiguresPeriod, dayOf: DayOf = localDayOf): ActionsPerQuarter {
  const quarters = quartersIn(period);
  return {
    opened: quarters.map((quarter) => actions.filter((action) => inPeriod(dayOf(action.createdAt), quarterInPeriod(quarter, period))).length),
    done: quarters.map((quarter) => {
      const days = quarterInPeriod(quarter, period);
      return actions.filter((action) => action.history.some((change) => change.status === 'done' && inPeriod(dayOf(change.at), days))).length;
    }),
    overdue: quarters.map((quarter) => {
      const end = quarterEndInPeriod(quarter, period);
      return actions.filter((action) => {
        if (action.dueDate === '' || action.dueDate >= end) return false;
        const status = actionStatusOn(action, end, dayOf);
        return status !== undefined && openStatuses.includes(status);
      }).length;
    }),
  };
}

type AgreementFacts = Pick<Agreement, 'status' | 'startDate' | 'reviewDate' | 'endDate' | 'updatedAt'>;

/**
 * Whether an agreement was in force on a past (or present) day. The stored status is today's,
 * so the dates decide: an expired agreement was in force from its start to its end date, a
 * terminated one until its end date or the day the termination was recorded (its last change),
 * whichever came first. A draft never was.
 */
export function agreementInForceOn(agreement: AgreementFacts, day: string, dayOf: DayOf = localDayOf): boolean {
  if (agreement.status === 'draft') return false;
  let endDate = agreement.endDate;
  if (agreement.status === 'terminated') {
    const recorded = dayOf(agreement.updatedAt);
    endDate = endDate !== '' && endDate < recorded ? endDate : recorded;
  }
  return agreementStanding({ status: 'active', startDate: agreement.startDate, reviewDate: agreement.reviewDate, endDate }, day).inForce;
}

/** Agreements in force at each quarter's end. */
export function agreementsInForcePerQuarter(agreements: readonly AgreementFacts[], period: FiguresPeriod, dayOf: DayOf = localDayOf): number[] {
  return quartersIn(period).map((quarter) => {
    const end = quarterEndInPeriod(quarter, period);
    return agreements.filter((agreement) => agreementInForceOn(agreement, end, dayOf)).length;
  });
}

export interface CoveragePerQuarter {
  /** Recommended sectors with an active partner. */
  covered: number[];
  /** With only prospective partners. */
  prospective: number[];
  /** With none. */
  missing: number[];
}

/**
 * Coverage of the recommended sectors (domain/coverage.ts) at each quarter's end. Partners keep
 * no history of their status, so it is today's partners (active and prospective) counted from
 * the day they joined (their joining date, else the day they were recorded); former and
 * archived partners do not count, as in the coverage view.
 */
export function coveragePerQuarter(partners: readonly Partner[], period: FiguresPeriod, dayOf: DayOf = localDayOf): CoveragePerQuarter {
  const summaries = quartersIn(period).map((quarter) => {
    const end = quarterEndInPeriod(quarter, period);
    return coverageSummary(computeCoverage(partners.filter((partner) => (partner.joinedOn || dayOf(partner.createdAt)) <= end)));
  });
  return {
    covered: summaries.map((summary) => summary.covered),
    prospective: summaries.map((summary) => summary.prospective),
    missing: summaries.map((summary) => summary.missing),
  };
}
