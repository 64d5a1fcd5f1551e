/** Checks shared by the meeting, agenda and action repositories. */
import type { Meeting } from '../../domain/meeting';
import { isMinutesEditable } from '../../domain/meeting-lifecycle';
import { MinutesLockedError } from '../errors';
import type { RecordStore } from '../record-store';

/** The live meeting, refused with MinutesLockedError once approved (change only through an amendment). */
export async function editableMeeting(meetings: RecordStore<Meeting>, meetingId: string): Promise<Meeting> {
  const meeting = await meetings.require(meetingId);
  if (!isMinutesEditable(meeting.status)) throw new MinutesLockedError(meetingId);
  return meeting;
}
