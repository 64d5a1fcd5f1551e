/**
 * "This week" on the overview: what needs the coordinator, soonest and most overdue first.
 * Pure rules (how far ahead each section looks, how many lines it shows, how actions group by
 * their owner), so the index reads in storage and the panel agree and can be tested alone.
 */
import { addDays } from './date-time';

/** Actions due up to this many days ahead are listed (with the overdue ones). */
export const actionHorizonDays = 7;
/** Meetings starting up to this many days ahead are listed. */
export const meetingHorizonDays = 14;
/** Lines a section shows before "show all". */
export const linesPerSection = 6;

/** The last due date (inclusive) the actions section lists. */
export function actionHorizon(today: string): string {
  return addDays(today, actionHorizonDays);
}

/** The instant up to which the meetings section lists meetings. */
export function meetingHorizon(now: Date): string {
  return new Date(now.getTime() + meetingHorizonDays * 24 * 60 * 60 * 1000).toISOString();
}

/** One owner's open actions that are overdue or due soon. */
export interface OwnerDue {
  partnerId: string;
  overdue: number;
  dueSoon: number;
  /** The earliest due date among them: how urgent the owner's line is. */
  earliestDue: string;
}

/**
 * Open actions (dated, due up to the horizon) grouped by the partner that owns them: the owner
 * with the oldest overdue action first; equal dates by more overdue, then more due, then id, so
 * the order never changes between two reads of the same data.
 */
export function groupByOwner(actions: readonly { ownerPartnerId: string; dueDate: string }[], today: string): OwnerDue[] {
  const owners = new Map<string, OwnerDue>();
  for (const { ownerPartnerId, dueDate } of actions) {
    let owner = owners.get(ownerPartnerId);
    if (!owner) owners.set(ownerPartnerId, (owner = { partnerId: ownerPartnerId, overdue: 0, dueSoon: 0, earliestDue: dueDate }));
    if (dueDate < today) owner.overdue += 1;
    else owner.dueSoon += 1;
    if (dueDate < owner.earliestDue) owner.earliestDue = dueDate;
  }
  return [...owners.values()].sort(
    (a, b) => compareCodes(a.earliestDue, b.earliestDue) || b.overdue - a.overdue || b.dueSoon - a.dueSoon || compareCodes(a.partnerId, b.partnerId),
  );
}

/** ISO dates and ids compare as written (code unit by code unit), as the indexes do. */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A section's lines: how many there are, and the first few, most urgent first. */
export interface Shown<T> {
  count: number;
  shown: T[];
}
