/**
 * A tracker page by counting, for the due-date and status sorts over every owner (the view
 * the tracker opens with). Reading a city's 50,000 index keys costs a few hundred
 * milliseconds; counting them costs a few. So:
 *
 *  - the list is a row of segments: per group of statuses (all admitted ones when sorted by
 *    due date, one status at a time when sorted by status) its dated actions by due date
 *    and id, then its undated ones by id;
 *  - a segment's size, and how many of its actions are due up to a date, are sums of counts
 *    of `[status+dueDate]` ranges; removed actions (few) are subtracted in memory;
 *  - the dates of a page's first and last row are found by bisection over the calendar, and
 *    only the keys due between them are read, ordered by the `dueDate` index.
 *
 * It must list exactly what `filterAndSortActions` lists; the tests check every combination.
 */
import { clampPage } from '../../domain/paging';
import type { Collection, Table } from 'dexie';
import { admittedStatuses, compareKeys, dueWindowRange, trackerPageSize, type DueRange, type TrackerQuery } from '../../domain/action-tracker';
import type { ActionItem, ActionStatus } from '../../domain/meeting';
import type { RecordStores } from '../record-store';

type Range = (rows: Table<unknown, string>) => Collection<unknown, string>;
type ActionStore = RecordStores['actions'];

const dayMs = 24 * 60 * 60 * 1000;

/** Days since 1970 of an ISO date (any year from 1 to 9999). */
function dayOf(isoDate: string): number {
  const date = new Date(0);
  date.setUTCFullYear(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  return Math.round(date.getTime() / dayMs);
}

function isoOf(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The days a window's dates can fall on (every valid date without a window). */
function daySpan(window: DueRange | null): { first: number; last: number } {
  if (!window) return { first: dayOf('0001-01-01'), last: dayOf('9999-12-31') };
  const first = window.from === '' ? dayOf('0001-01-01') : dayOf(window.from) + (window.includeFrom ? 0 : 1);
  return { first, last: dayOf(window.to) - (window.includeTo ? 0 : 1) };
}

interface Segment {
  statuses: ActionStatus[];
  dated: boolean;
  size: number;
}

export interface CountedPage {
  total: number;
  page: number;
  pageCount: number;
  ids: string[];
}

export async function countedPage(actions: ActionStore, query: TrackerQuery, requestedPage: number, today: string): Promise<CountedPage> {
  const statuses = admittedStatuses(query);
  const window = dueWindowRange(query.due, today);
  const span = daySpan(window);
  const from = window ? window.from : '';
  const includeFrom = window ? window.includeFrom : false;
  const removed = (await actions.listDeleted()).filter((action) => statuses.includes(action.status));

  /** Dated actions of `group` in the window due up to `day` (inclusive). */
  async function dueUpTo(group: readonly ActionStatus[], day: number): Promise<number> {
    if (day < span.first) return 0;
    const until = isoOf(day);
    const counts = await Promise.all(
      group.map((status) =>
        actions.countIncludingDeleted((rows) => rows.where('[status+dueDate]').between([status, from], [status, until], includeFrom, true)),
      ),
    );
    const inRange = (action: ActionItem) =>
      group.includes(action.status) && action.dueDate !== '' && (includeFrom ? action.dueDate >= from : action.dueDate > from) && action.dueDate <= until;
    return counts.reduce((sum, count) => sum + count, 0) - removed.filter(inRange).length;
  }

  /** The day the dated row at `position` (0-based) of `group` is due, and how many rows come before that day. */
  async function dayOfRow(group: readonly ActionStatus[], position: number): Promise<{ day: number; before: number }> {
    let [low, high] = [span.first, span.last];
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if ((await dueUpTo(group, middle)) > position) high = middle;
      else low = middle + 1;
    }
    return { day: low, before: await dueUpTo(group, low - 1) };
  }

  /** Rows `start` to `end` (exclusive) of a group's dated actions. */
  async function datedRows(group: readonly ActionStatus[], start: number, end: number): Promise<string[]> {
    const [first, last] = await Promise.all([dayOfRow(group, start), dayOfRow(group, end - 1)]);
    const [firstDue, lastDue] = [isoOf(first.day), isoOf(last.day)];
    const [byDue, ...ofGroup] = await actions.liveKeysOfEach([
      (rows) => rows.where('dueDate').between(firstDue, lastDue, true, true),
      ...group.map(
        (status): Range =>
          (rows) =>
            rows.where('[status+dueDate]').between([status, firstDue], [status, lastDue], true, true),
      ),
    ]);
    const inGroup = new Set(ofGroup.flat());
    return byDue!.filter((id) => inGroup.has(id)).slice(start - first.before, end - first.before);
  }

  /** Rows `start` to `end` (exclusive) of a group's undated actions, which are ordered by id. */
  async function undatedRows(group: readonly ActionStatus[], start: number, end: number): Promise<string[]> {
    const lists = await actions.liveKeysOfEach(
      group.map(
        (status): Range =>
          (rows) =>
            rows.where('[status+dueDate]').equals([status, '']),
      ),
    );
    return lists.flat().sort(compareKeys).slice(start, end);
  }

  const groups = query.sort === 'status' ? statuses.map((status) => [status]) : statuses.length > 0 ? [statuses] : [];
  const sizes = await Promise.all(
    groups.map(async (group) => {
      const dated = await dueUpTo(group, span.last);
      if (window) return [dated, 0];
      const undated = await Promise.all(
        group.map((status) => actions.countIncludingDeleted((rows) => rows.where('[status+dueDate]').equals([status, '']))),
      ).then(
        (counts) => counts.reduce((sum, count) => sum + count, 0) - removed.filter((action) => group.includes(action.status) && action.dueDate === '').length,
      );
      return [dated, undated];
    }),
  );
  const segments: Segment[] = groups.flatMap((group, index) => [
    { statuses: group, dated: true, size: sizes[index]![0]! },
    { statuses: group, dated: false, size: sizes[index]![1]! },
  ]);

  const total = segments.reduce((sum, segment) => sum + segment.size, 0);
  const { page, pageCount } = clampPage(requestedPage, total, trackerPageSize);
  const [pageStart, pageEnd] = [(page - 1) * trackerPageSize, Math.min(page * trackerPageSize, total)];

  // The page's rows from each segment it overlaps.
  const parts: Promise<string[]>[] = [];
  let offset = 0;
  for (const segment of segments) {
    const start = Math.max(pageStart - offset, 0);
    const end = Math.min(pageEnd - offset, segment.size);
    if (start < end) parts.push(segment.dated ? datedRows(segment.statuses, start, end) : undatedRows(segment.statuses, start, end));
    offset += segment.size;
  }
  return { total, page, pageCount, ids: (await Promise.all(parts)).flat() };
}
