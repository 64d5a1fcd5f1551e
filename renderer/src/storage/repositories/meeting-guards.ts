/** Checks shared by the meeting, agenda and action repositories. */
import type { Meeting } from '../../domain/meeting';
import { isMinutesEditable } from '../../domain/meeting-lifecycle';
import type { RoundtableDb } from '../db';
import { RecordNotFoundError } from './partners';

/** Approved or circulated minutes change only through an amendment (which reopens them). */
export class MinutesLockedError extends Error {
  constructor(readonly meetingId: string) {
    super(`minutes of meeting ${meetingId} are approved: amend them first`);
    this.name = 'MinutesLockedError';
  }
}

export async function editableMeeting(db: RoundtableDb, meetingId: string): Promise<Meeting> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting || meeting.deletedAt !== null) throw new RecordNotFoundError(meetingId);
  if (!isMinutesEditable(meeting.status)) throw new MinutesLockedError(meetingId);
  return meeting;
}

/** Marks the meeting changed, so lists sorted by last change stay true. */
export async function touchMeeting(db: RoundtableDb, meeting: Meeting, stamp: string): Promise<void> {
  await db.meetings.put({ ...meeting, updatedAt: stamp });
}
