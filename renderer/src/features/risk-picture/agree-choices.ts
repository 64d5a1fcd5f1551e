/**
 * What the agree dialog offers: the meetings that have been held, newest first, and the
 * decisions in one meeting's minutes. Read through indexes: the meeting list's start-time
 * index for which meetings have ended, then only the most recent of them; a meeting's
 * agenda items by its meetingId index.
 */
import type { Meeting } from '../../domain/meeting';
import { meetingList, meetings } from '../../storage';

/** How many of the latest past meetings are offered: an edition is agreed at a recent meeting. */
const recentMeetings = 40;

export async function heldMeetings(now: Date): Promise<Meeting[]> {
  const { past } = await meetingList.ids({ seriesId: 'all', type: 'all' }, now);
  const read = await meetings.getMany(past.slice(0, recentMeetings));
  return read.filter((meeting) => meeting.status !== 'planned').sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

export interface DecisionChoice {
  id: string;
  text: string;
  itemTitle: string;
}

export async function decisionsOf(meetingId: string): Promise<DecisionChoice[]> {
  if (!meetingId) return [];
  const bundle = await meetings.get(meetingId);
  if (!bundle) return [];
  return bundle.items.flatMap((item) => item.decisions.map((decision) => ({ id: decision.id, text: decision.text, itemTitle: item.title })));
}
