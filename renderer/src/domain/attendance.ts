/**
 * Attendance, by one rule for the partner page and the network's figures: a meeting counts
 * once it has been held (held, approved or circulated), and a partner attended it when
 * someone who came for the partner was present. Invited means listed among the attendees
 * (which is what `invitedPartnerIds` indexes).
 */
import type { Meeting, MeetingStatus } from './meeting';

export const heldMeetingStatuses: readonly MeetingStatus[] = ['held', 'approved', 'circulated'];

type Attended = Pick<Meeting, 'status' | 'attendees'>;

export function wasHeld(meeting: Pick<Meeting, 'status'>): boolean {
  return heldMeetingStatuses.includes(meeting.status);
}

export function wasInvited(meeting: Pick<Meeting, 'attendees'>, partnerId: string): boolean {
  return meeting.attendees.some((attendee) => attendee.partnerId === partnerId);
}

export function attendedBy(meeting: Pick<Meeting, 'attendees'>, partnerId: string): boolean {
  return meeting.attendees.some((attendee) => attendee.partnerId === partnerId && attendee.attendance === 'present');
}

export interface AttendanceCount {
  /** Held meetings the partner was invited to. */
  invited: number;
  /** Of those, the ones someone for the partner attended. */
  attended: number;
}

/** A partner's attendance over meetings it was invited to (others are ignored). */
export function attendanceOf(meetings: readonly Attended[], partnerId: string): AttendanceCount {
  const held = meetings.filter((meeting) => wasHeld(meeting) && wasInvited(meeting, partnerId));
  return { invited: held.length, attended: held.filter((meeting) => attendedBy(meeting, partnerId)).length };
}
