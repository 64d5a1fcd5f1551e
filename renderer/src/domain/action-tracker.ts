/**
 * The action tracker's rules: which actions a filter admits and in which order they are
 * listed. Pure, so testable. The tracker reads its rows through indexes
 * (storage/repositories/action-tracker.ts); `filterAndSortActions` is the same rule over
 * records in memory, the reference the index query is tested against.
 *
 * The order is total, so pages never overlap or skip a row: due date (undated last), then
 * the action's id (as an index orders equal keys); by owner, the owning organisation's name
 * as the list shows it, then its id, then due date and id; by status, the status's place in
 * the workflow, then due date and id.
 */
import { actionStatuses, type ActionItem, type ActionStatus } from './meeting';
import { isOpenAction } from './matters-arising';

export const dueWindows = ['any', 'overdue', 'next7', 'next30'] as const;
export type DueWindow = (typeof dueWindows)[number];
export const trackerSorts = ['due', 'owner', 'status'] as const;
export type TrackerSort = (typeof trackerSorts)[number];
export const trackerStatusFilters = ['openOnly', 'all', ...actionStatuses] as const;
export type TrackerStatusFilter = (typeof trackerStatusFilters)[number];

export interface TrackerQuery {
  owner: string | 'all';
  status: TrackerStatusFilter;
  due: DueWindow;
  sort: TrackerSort;
}

export const defaultTrackerQuery: TrackerQuery = { owner: 'all', status: 'openOnly', due: 'any', sort: 'due' };

/** Rows a tracker page shows. */
export const trackerPageSize = 50;

const openStatuses: readonly ActionStatus[] = ['open', 'in_progress'];

/** An open action whose due date has passed (due today is not overdue). */
export function isOverdue(action: Pick<ActionItem, 'status' | 'deletedAt' | 'dueDate'>, today: string): boolean {
  return isOpenAction(action) && action.dueDate !== '' && action.dueDate < today;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The statuses a query admits, in workflow order: its status filter, narrowed to open ones
 * when a due window is chosen (a window is about work still to do).
 */
export function admittedStatuses(query: Pick<TrackerQuery, 'status' | 'due'>): ActionStatus[] {
  const chosen = query.status === 'all' ? actionStatuses : query.status === 'openOnly' ? openStatuses : [query.status];
  return actionStatuses.filter((status) => chosen.includes(status) && (query.due === 'any' || openStatuses.includes(status)));
}

/** The due dates a window spans (ISO dates compare as strings); `null` for any time, undated included. */
export interface DueRange {
  from: string;
  to: string;
  includeFrom: boolean;
  includeTo: boolean;
}

export function dueWindowRange(due: DueWindow, today: string): DueRange | null {
  switch (due) {
    case 'any':
      return null;
    case 'overdue':
      // After '' (undated), before today.
      return { from: '', to: today, includeFrom: false, includeTo: false };
    case 'next7':
    case 'next30':
      return { from: today, to: addDays(today, due === 'next7' ? 7 : 30), includeFrom: true, includeTo: true };
  }
}

function inRange(dueDate: string, range: DueRange | null): boolean {
  if (range === null) return true;
  const afterFrom = range.includeFrom ? dueDate >= range.from : dueDate > range.from;
  const beforeTo = range.includeTo ? dueDate <= range.to : dueDate < range.to;
  return afterFrom && beforeTo;
}

/** Whether the tracker lists `action` under `query` (after a status change: is it still there?). */
export function matchesTrackerQuery(action: ActionItem, query: TrackerQuery, today: string): boolean {
  return (
    action.deletedAt === null &&
    (query.owner === 'all' || action.ownerPartnerId === query.owner) &&
    admittedStatuses(query).includes(action.status) &&
    inRange(action.dueDate, dueWindowRange(query.due, today))
  );
}

/** Ids and other codes compare as IndexedDB compares strings (code unit by code unit). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Undated actions come after every dated one. */
function compareDue(a: ActionItem, b: ActionItem): number {
  if (a.dueDate === '' || b.dueDate === '') return Number(a.dueDate === '') - Number(b.dueDate === '');
  return compareKeys(a.dueDate, b.dueDate);
}

/** Owners in the order the owner sort lists them: by the name shown, then by id. */
export function compareOwners(collator: Intl.Collator, a: { id: string; name: string }, b: { id: string; name: string }): number {
  return collator.compare(a.name, b.name) || compareKeys(a.id, b.id);
}

/**
 * The reference rule in memory. `ownerName` gives the name an owning partner is listed under
 * (its short name or name, '' when it is unknown).
 */
export function filterAndSortActions(
  actions: readonly ActionItem[],
  query: TrackerQuery,
  today: string,
  ownerName: (partnerId: string) => string,
  collator: Intl.Collator,
): ActionItem[] {
  const statusRank = (status: ActionStatus) => actionStatuses.indexOf(status);
  const byDue = (a: ActionItem, b: ActionItem) => compareDue(a, b) || compareKeys(a.id, b.id);
  const compare: Record<TrackerSort, (a: ActionItem, b: ActionItem) => number> = {
    due: byDue,
    owner: (a, b) =>
      compareOwners(collator, { id: a.ownerPartnerId, name: ownerName(a.ownerPartnerId) }, { id: b.ownerPartnerId, name: ownerName(b.ownerPartnerId) }) ||
      byDue(a, b),
    status: (a, b) => statusRank(a.status) - statusRank(b.status) || byDue(a, b),
  };
  return actions.filter((action) => matchesTrackerQuery(action, query, today)).sort(compare[query.sort]);
}
