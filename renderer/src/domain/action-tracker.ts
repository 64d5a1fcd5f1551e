/** The action tracker's filters and sort: every action across meetings. Pure, so testable. */
import type { ActionItem, ActionStatus } from './meeting';
import { isOpenAction } from './matters-arising';

export const dueWindows = ['any', 'overdue', 'next7', 'next30'] as const;
export type DueWindow = (typeof dueWindows)[number];
export const trackerSorts = ['due', 'owner', 'status'] as const;
export type TrackerSort = (typeof trackerSorts)[number];

export interface TrackerQuery {
  owner: string | 'all';
  status: ActionStatus | 'all' | 'openOnly';
  due: DueWindow;
  sort: TrackerSort;
}

export const defaultTrackerQuery: TrackerQuery = { owner: 'all', status: 'openOnly', due: 'any', sort: 'due' };

/** An open action whose due date has passed (due today is not overdue). */
export function isOverdue(action: Pick<ActionItem, 'status' | 'deletedAt' | 'dueDate'>, today: string): boolean {
  return isOpenAction(action) && action.dueDate !== '' && action.dueDate < today;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const statusRank: Record<ActionStatus, number> = { open: 0, in_progress: 1, done: 2, dropped: 3 };

export function filterAndSortActions(
  actions: readonly ActionItem[],
  query: TrackerQuery,
  today: string,
  ownerName: (action: ActionItem) => string,
  collator: Intl.Collator,
): ActionItem[] {
  const inWindow = (action: ActionItem) => {
    if (query.due === 'any') return true;
    if (query.due === 'overdue') return isOverdue(action, today);
    const until = addDays(today, query.due === 'next7' ? 7 : 30);
    return isOpenAction(action) && action.dueDate !== '' && action.dueDate >= today && action.dueDate <= until;
  };
  const byDue = (a: ActionItem, b: ActionItem) => (a.dueDate || '9999-99-99').localeCompare(b.dueDate || '9999-99-99');
  const compare: Record<TrackerSort, (a: ActionItem, b: ActionItem) => number> = {
    due: (a, b) => byDue(a, b) || collator.compare(a.text, b.text),
    owner: (a, b) => collator.compare(ownerName(a), ownerName(b)) || byDue(a, b),
    status: (a, b) => statusRank[a.status] - statusRank[b.status] || byDue(a, b),
  };
  return actions
    .filter(
      (action) =>
        action.deletedAt === null &&
        (query.owner === 'all' || action.ownerPartnerId === query.owner) &&
        (query.status === 'all' || (query.status === 'openOnly' ? isOpenAction(action) : action.status === query.status)) &&
        inWindow(action),
    )
    .sort(compare[query.sort]);
}
