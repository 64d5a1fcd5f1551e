/**
 * Carrying an agenda item over to a later meeting: the rules, without storage. An item goes
 * on once (its "carried over to" link is set then); "matters arising" is rebuilt for every
 * meeting of a series and is never carried; the later meeting must still take minutes.
 */
import type { AgendaItem, Meeting } from './meeting';
import { isMinutesEditable } from './meeting-lifecycle';

export const carryOverRefusals = ['alreadyCarriedOver', 'mattersArising', 'sameMeeting', 'notLater', 'noNextMeeting', 'targetLocked'] as const;
export type CarryOverRefusal = (typeof carryOverRefusals)[number];

/** Why `item` of `from` cannot go on in `to`, or null when it can. */
export function carryOverRefusal(item: AgendaItem, from: Meeting, to: Meeting): CarryOverRefusal | null {
  if (item.kind === 'matters_arising') return 'mattersArising';
  if (item.carriedOverTo) return 'alreadyCarriedOver';
  if (to.id === from.id) return 'sameMeeting';
  if (to.startsAt <= from.startsAt) return 'notLater';
  if (!isMinutesEditable(to.status)) return 'targetLocked';
  return null;
}

/** Whether the item may still be offered for carrying over (the meeting's minutes are a draft). */
export function canCarryOver(item: AgendaItem): boolean {
  return item.kind === 'regular' && !item.carriedOverTo;
}
