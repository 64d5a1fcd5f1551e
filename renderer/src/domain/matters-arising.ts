/** Open actions carried into the next meeting of a series ("matters arising"). */
import type { ActionItem, Meeting } from './meeting';

export function isOpenAction(action: Pick<ActionItem, 'status' | 'deletedAt'>): boolean {
  return action.deletedAt === null && (action.status === 'open' || action.status === 'in_progress');
}

/**
 * The open actions from meetings of `seriesId` that started before `startsAt`, oldest
 * meeting first, then by due date (undated last).
 */
export function openActionsBefore(seriesId: string, startsAt: string, meetings: readonly Meeting[], actions: readonly ActionItem[]): ActionItem[] {
  const earlier = new Map(
    meetings
      .filter((meeting) => meeting.deletedAt === null && meeting.seriesId === seriesId && meeting.startsAt < startsAt)
      .map((meeting) => [meeting.id, meeting.startsAt]),
  );
  return actions
    .filter((action) => earlier.has(action.meetingId) && isOpenAction(action))
    .sort((a, b) => earlier.get(a.meetingId)!.localeCompare(earlier.get(b.meetingId)!) || (a.dueDate || '9999').localeCompare(b.dueDate || '9999'));
}
