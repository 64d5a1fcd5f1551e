/**
 * The action tracker's reads: a page of 50 actions out of tens of thousands, found through
 * indexes, counting where it can and reading keys where it must; only the page's actions are
 * read, with just the meetings, partners and contacts they name. The rule it follows is
 * `filterAndSortActions` (domain/action-tracker.ts).
 *
 *  - by due date or by status over every owner: by counting (tracker-counted.ts);
 *  - an owner's actions: that owner's `[ownerPartnerId+dueDate]` ranges, already in order,
 *    the status filter as a set of ids from the `status` index;
 *  - by owner: the owners ordered by name in memory (a few hundred partners), each owner's
 *    `[ownerPartnerId+dueDate]` range after the other;
 *  - a due window narrows each range to its dates (and leaves undated actions out).
 */
import { clampPage } from '../../domain/paging';
import Dexie, { type Collection, type IndexableType, type IndexableTypePart, type Table } from 'dexie';
import { admittedStatuses, compareOwners, dueWindowRange, trackerPageSize, type DueRange, type TrackerQuery } from '../../domain/action-tracker';
import { actionStatuses, type ActionItem, type ActionStatus, type Meeting } from '../../domain/meeting';
import { organisationName } from '../../domain/minutes-document';
import type { Contact, Partner } from '../../domain/partner';
import type { RecordStores } from '../record-store';
import { countedPage, type CountedPage } from './tracker-counted';

type Range = (rows: Table<unknown, string>) => Collection<unknown, string>;

/** A partner that owns live actions: the name the owner filter offers, the name the list shows. */
export interface TrackerOwner {
  id: string;
  /** '' when the partner record is missing. */
  name: string;
  organisation: string;
}

export interface TrackerPageRequest {
  query: TrackerQuery;
  /** 1-based; a page past the end shows the last one. */
  page: number;
  today: string;
  /** Orders owners by name (the UI language's collator). */
  collator: Intl.Collator;
}

export interface TrackerPage {
  total: number;
  /** The page shown (the one asked for, within 1…pageCount). */
  page: number;
  pageCount: number;
  /** The owner asked for when it owns no live action: then every owner's actions are listed. */
  unknownOwner: string | null;
  /** The page's actions, in list order. */
  actions: ActionItem[];
  /** Only the meetings, owning partners (archived ones too) and contacts the page's actions name. */
  meetings: Meeting[];
  partners: Partner[];
  contacts: Contact[];
}

/** What the calendar export of open actions needs. */
export interface OpenActionsForCalendar {
  actions: ActionItem[];
  meetings: Meeting[];
  partners: Partner[];
  contacts: Contact[];
}

const openStatuses: readonly ActionStatus[] = ['open', 'in_progress'];

/**
 * A range of an index, in list order. An `undatedFirst` range spans all of one owner's
 * actions, the undated ones (due '') first as the index keeps them; they are moved to the
 * end after reading, which halves the requests of the owner sort.
 */
interface Segment {
  range: Range;
  undatedFirst?: boolean;
}

/**
 * The segments that list an index's entries by due date: the dated ones (within `window`,
 * if any), then, without a window, the undated ones, which sort last. `prefix` is the
 * compound index's first field's value, or `null` for the `dueDate` index.
 */
function byDueDate(index: string, prefix: string | null, window: DueRange | null, { whole = false } = {}): Segment[] {
  const key = (due: IndexableTypePart): IndexableType => (prefix === null ? due : [prefix, due]);
  if (window) return [{ range: (rows) => rows.where(index).between(key(window.from), key(window.to), window.includeFrom, window.includeTo) }];
  if (whole) return [{ range: (rows) => rows.where(index).between(key(''), key(Dexie.maxKey), true, true), undatedFirst: true }];
  return [{ range: (rows) => rows.where(index).between(key(''), key(Dexie.maxKey), false, true) }, { range: (rows) => rows.where(index).equals(key('')) }];
}

/** Moves the leading undated ids of an `undatedFirst` segment to its end. */
function undatedLast(ids: string[], undated: ReadonlySet<string>): string[] {
  let count = 0;
  while (count < ids.length && undated.has(ids[count]!)) count += 1;
  return count === 0 ? ids : [...ids.slice(count), ...ids.slice(0, count)];
}

const unique = (values: readonly string[]) => [...new Set(values)];

/** The page of a whole ordered list; a page past the end is the last one. */
function pageOf(ids: readonly string[], requested: number): CountedPage {
  const { page, pageCount, first } = clampPage(requested, ids.length, trackerPageSize);
  return { total: ids.length, page, pageCount, ids: ids.slice(first, first + trackerPageSize) };
}

export function createActionTracker(stores: Pick<RecordStores, 'actions' | 'meetings' | 'partners' | 'contacts'>) {
  /** The partners that own live actions (read from the owner index, not from the actions). */
  async function owners(): Promise<TrackerOwner[]> {
    const ids = (await stores.actions.liveIndexValues('ownerPartnerId')).filter((value): value is string => typeof value === 'string');
    const partners = new Map((await stores.partners.getManyIncludingDeleted(ids)).map((partner) => [partner.id, partner]));
    return ids.map((id) => {
      const partner = partners.get(id);
      return { id, name: partner?.name ?? '', organisation: organisationName(partner) };
    });
  }

  /** The ids the tracker lists for `query`, in list order. */
  async function orderedIds(query: TrackerQuery, today: string, collator: Intl.Collator): Promise<string[]> {
    const statuses = admittedStatuses(query);
    if (statuses.length === 0) return [];
    const window = dueWindowRange(query.due, today);

    // Segments already in list order, concatenated.
    let ordered: Segment[];
    if (query.sort === 'status') ordered = statuses.flatMap((status) => byDueDate('[status+dueDate]', status, window));
    else if (query.owner !== 'all') ordered = byDueDate('[ownerPartnerId+dueDate]', query.owner, window);
    else if (query.sort === 'due') ordered = byDueDate('dueDate', null, window);
    else {
      const listed = (await owners()).map((owner) => ({ id: owner.id, name: owner.organisation }));
      listed.sort((a, b) => compareOwners(collator, a, b));
      ordered = listed.flatMap((owner) => byDueDate('[ownerPartnerId+dueDate]', owner.id, window, { whole: true }));
    }
    // What the segments do not hold, as sets of ids: the status filter, the owner filter of
    // the status sort, and which actions are undated (to turn `undatedFirst` segments round).
    const byStatus = query.sort !== 'status' && statuses.length < actionStatuses.length ? statuses : [];
    const byOwner = query.sort === 'status' && query.owner !== 'all' ? query.owner : null;
    const rotate = ordered.some((segment) => segment.undatedFirst);
    const lists = await stores.actions.liveKeysOfEach([
      ...ordered.map((segment) => segment.range),
      ...byStatus.map(
        (status): Range =>
          (rows) =>
            rows.where('status').equals(status),
      ),
      ...(byOwner === null ? [] : [(rows: Table<unknown, string>) => rows.where('ownerPartnerId').equals(byOwner)]),
      ...(rotate ? [(rows: Table<unknown, string>) => rows.where('dueDate').equals('')] : []),
    ]);
    const rest = lists.slice(ordered.length);
    const statusSet = byStatus.length > 0 ? new Set(rest.splice(0, byStatus.length).flat()) : null;
    const ownerSet = byOwner === null ? null : new Set(rest.shift());
    const undated = rotate ? new Set(rest.shift()) : null;
    const ids = ordered.flatMap((segment, index) => (segment.undatedFirst && undated ? undatedLast(lists[index]!, undated) : lists[index]!));
    if (!statusSet && !ownerSet) return ids;
    return ids.filter((id) => (!statusSet || statusSet.has(id)) && (!ownerSet || ownerSet.has(id)));
  }

  /** The meetings, owning partners (archived ones too) and contacts `actions` name. */
  async function namedBy(actions: readonly ActionItem[]) {
    const [meetings, partners, contacts] = await Promise.all([
      stores.meetings.getMany(unique(actions.map((action) => action.meetingId))),
      stores.partners.getManyIncludingDeleted(unique(actions.map((action) => action.ownerPartnerId))),
      stores.contacts.getMany(unique(actions.flatMap((action) => (action.ownerContactId ? [action.ownerContactId] : [])))),
    ]);
    return { meetings, partners, contacts };
  }

  return {
    owners,
    orderedIds,

    /**
     * One page of the tracker: the count, and only the rows shown with what they name. The
     * due-date and status sorts over every owner page by counting (tracker-counted.ts); an
     * owner's list or the owner sort read their ordered ids.
     */
    async page({ query: asked, page, today, collator }: TrackerPageRequest): Promise<TrackerPage> {
      // An owner that owns no live action (a stale link, a hand-edited address) lists every owner.
      const unknownOwner =
        asked.owner !== 'all' && (await stores.actions.liveKeys((rows) => rows.where('ownerPartnerId').equals(asked.owner))).length === 0 ? asked.owner : null;
      const query = unknownOwner === null ? asked : { ...asked, owner: 'all' };
      const found =
        query.owner === 'all' && query.sort !== 'owner'
          ? await stores.actions.reading(() => countedPage(stores.actions, query, page, today))
          : pageOf(await orderedIds(query, today, collator), page);
      const actions = await stores.actions.getMany(found.ids);
      return { total: found.total, page: found.page, pageCount: found.pageCount, unknownOwner, actions, ...(await namedBy(actions)) };
    },

    /** Every action the tracker lists for the query, in list order, and what they name (the list export). */
    async all({ query: asked, today, collator }: Omit<TrackerPageRequest, 'page'>): Promise<OpenActionsForCalendar> {
      const ownsAny = asked.owner === 'all' || (await stores.actions.liveKeys((rows) => rows.where('ownerPartnerId').equals(asked.owner))).length > 0;
      const actions = await stores.actions.getMany(await orderedIds(ownsAny ? asked : { ...asked, owner: 'all' }, today, collator));
      return { actions, ...(await namedBy(actions)) };
    },

    /** The open actions with a due date (from the status index), by due date, and what they name. */
    async openForCalendar(): Promise<OpenActionsForCalendar> {
      const lists = await stores.actions.liveKeysOfEach(openStatuses.map((status) => byDueDate('[status+dueDate]', status, null)[0]!.range));
      const actions = (await stores.actions.getMany(lists.flat())).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
      return { actions, ...(await namedBy(actions)) };
    },
  };
}

export type ActionTracker = ReturnType<typeof createActionTracker>;
