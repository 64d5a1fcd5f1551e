/**
 * The case workflow: which status may follow which, what a transition needs, case codes,
 * and the reviews scheduled when a case closes. Pure rules, tested on their own.
 */
import type { ClosingOutcome, ReferralStatus } from './referral';
import { limits } from './validation';

const transitions: Record<ReferralStatus, ReferralStatus[]> = {
  received: ['screening', 'not_appropriate', 'signposted'],
  screening: ['information_gathering', 'not_appropriate', 'signposted'],
  information_gathering: ['panel', 'not_appropriate', 'signposted'],
  panel: ['support', 'signposted', 'closed'],
  support: ['review'],
  review: ['support', 'closed'],
  closed: [],
  not_appropriate: [],
  signposted: [],
};

export function allowedTransitions(status: ReferralStatus): ReferralStatus[] {
  return transitions[status];
}

export function isOpenCase(status: ReferralStatus): boolean {
  return allowedTransitions(status).length > 0;
}

export type TransitionError = 'notAllowed' | 'outcomeRequired' | 'dateRequired' | 'futureDate' | 'deciderRequired';

export interface TransitionRequest {
  to: ReferralStatus;
  on: string;
  decidedBy: string;
  note: string;
  outcome: ClosingOutcome | null;
}

/**
 * A transition's note is stored after who decided, as "Name — note", in one timeline text of
 * at most `limits.notes` characters; the note's limit leaves room for the longest name.
 */
export const transitionLimits = {
  decidedBy: limits.name,
  note: limits.notes - limits.name - ' — '.length,
} as const;

/** Why a transition may not be taken, or null when it may. */
export function checkTransition(from: ReferralStatus, request: TransitionRequest, today: string): TransitionError | null {
  if (!allowedTransitions(from).includes(request.to)) return 'notAllowed';
  if (!request.on) return 'dateRequired';
  if (request.on > today) return 'futureDate';
  if (!request.decidedBy.trim()) return 'deciderRequired';
  if (request.to === 'closed' && !request.outcome) return 'outcomeRequired';
  return null;
}

/** "RT-2026-0042": the year received and a number counting up within that year. */
export function formatCaseCode(year: number, number: number): string {
  return `RT-${year}-${String(number).padStart(4, '0')}`;
}

export function nextCaseNumber(existingNumbersThisYear: readonly number[]): number {
  return existingNumbersThisYear.reduce((max, value) => Math.max(max, value), 0) + 1;
}

/**
 * The same day n months later; a day that month lacks (31 August + 6 months) becomes the
 * month's last day (28/29 February), never a day in the month after.
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(0);
  target.setUTCFullYear(year, month - 1 + months, 1);
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(day, lastDay.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

/** Post-closure reviews: 6 and 12 months after the day the case was closed. */
export function reviewDates(closedOn: string): { months: 6 | 12; dueDate: string }[] {
  return [
    { months: 6, dueDate: addMonths(closedOn, 6) },
    { months: 12, dueDate: addMonths(closedOn, 12) },
  ];
}
