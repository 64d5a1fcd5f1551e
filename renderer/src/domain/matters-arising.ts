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
  const earlier = meetings
    .filter((meeting) => meeting.deletedAt === null && meeting.seriesId === seriesId && meeting.startsAt < startsAt)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return openActionsOfMeetings(
    earlier.map((meeting) => meeting.id),
    actions,
  );
}

/**
 * The open actions of `meetingIds` (given oldest first, as the series' start-time index
 * lists them), by meeting, then by due date (undated last); other actions are left out.
 */
export function openActionsOfMeetings(meetingIds: readonly string[], actions: readonly ActionItem[]): ActionItem[] {
  const rank = new Map(meetingIds.map((id, index) => [id, index]));
  return actions
    .filter((action) => rank.has(action.meetingId) && isOpenAction(action))
    .sort((a, b) => rank.get(a.meetingId)! - rank.get(b.meetingId)! || (a.dueDate || '9999').localeCompare(b.dueDate || '9999'));
}
