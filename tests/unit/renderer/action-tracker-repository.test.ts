/**
 * The action tracker reads through indexes (storage/repositories/action-tracker.ts); the
 * rule it must follow is the in-memory reference `filterAndSortActions`. Every filter and
 * sort combination is checked against it on one seeded database, with ties on due dates,
 * undated and removed actions, an archived owner, two owners of the same name, an owner
 * listed by its short name, an owner whose partner record is missing and one whose actions
 * were all removed.
 */
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultTrackerQuery,
  dueWindows,
  filterAndSortActions,
  trackerPageSize,
  trackerSorts,
  trackerStatusFilters,
  type TrackerQuery,
} from '../../../renderer/src/domain/action-tracker';
import { isOpenAction } from '../../../renderer/src/domain/matters-arising';
import { actionStatuses, type ActionItem } from '../../../renderer/src/domain/meeting';
import { organisationName } from '../../../renderer/src/domain/minutes-document';
import type { Contact, Partner } from '../../../renderer/src/domain/partner';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createActionRepository } from '../../../renderer/src/storage/repositories/actions';
import { createActionTracker } from '../../../renderer/src/storage/repositories/action-tracker';
import { createRecordStores } from '../../../renderer/src/storage/record-store';
import { freshDb, seedRecords } from './storage-helpers';

const today = '2026-03-10';
const stamp = '2026-01-01T09:00:00.000Z';
const collator = new Intl.Collator('de');

let db: RoundtableDb;
let partners: Partner[];
let contacts: Contact[];
let actions: ActionItem[];
let meetingIds: string[];

/** Ids made in a known order, so a failure names the same rows each run. */
let counter = 0;
const id = (prefix: string) => `${prefix}-${String((counter += 1)).padStart(4, '0')}-${crypto.randomUUID()}`;
const meta = (prefix: string) => ({ id: id(prefix), createdAt: stamp, updatedAt: stamp, deletedAt: null as string | null, revision: 1 });

function partner(name: string, shortName = '', deletedAt: string | null = null): Partner {
  return { ...meta('partner'), deletedAt, name, shortName, sector: 'police', status: 'active', role: '', joinedOn: '', notes: '' };
}

function day(offset: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  db = freshDb();
  await db.open();
  partners = [
    partner('Polizei Musterstadt'),
    partner('Jugendamt', 'JA'),
    partner('Zebra-Verein'),
    // Two owners of one name: ordered by id between them.
    partner('Schule am Park'),
    partner('Schule am Park'),
    partner('Alte Moschee', '', '2026-02-01T00:00:00.000Z'),
    // Owns only removed actions: not offered as an owner.
    partner('Bürgerstiftung'),
  ];
  const missingPartnerId = id('partner-missing');
  contacts = partners.slice(0, 3).map((owner, position) => ({
    ...meta('contact'),
    partnerId: owner.id,
    position,
    name: `Kontakt ${position}`,
    role: '',
    email: '',
    phone: '',
    notes: '',
  }));
  meetingIds = Array.from({ length: 6 }, () => id('meeting'));
  const meetings = meetingIds.map((meetingId, index) => ({
    ...meta('meeting'),
    id: meetingId,
    title: `Sitzung ${index + 1}`,
    type: 'network',
    seriesId: null,
    startsAt: `2026-0${1 + index}-05T09:00:00.000Z`,
    endsAt: `2026-0${1 + index}-05T11:00:00.000Z`,
    timeZone: 'Europe/Berlin',
    location: '',
    onlineLink: '',
    chair: '',
    minuteTaker: '',
    confidentiality: 'internal',
    status: 'approved',
    attendees: [],
    approvedAt: null,
    circulations: [],
    amendments: [],
  }));

  let seed = 3;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const owners = [...partners.slice(0, 6).map((owner) => owner.id), missingPartnerId];
  // Few distinct dates, so many actions share one (ties), around today and the window edges.
  const dates = ['', '', day(-400), day(-31), day(-1), day(0), day(1), day(7), day(8), day(30), day(31), day(90)];
  actions = Array.from({ length: 420 }, (_, index): ActionItem => {
    const owner = pick(owners);
    const ownContact = contacts.find((contact) => contact.partnerId === owner);
    return {
      ...meta('action'),
      deletedAt: random() < 0.08 ? '2026-02-01T00:00:00.000Z' : null,
      meetingId: pick(meetingIds),
      agendaItemId: id('item'),
      text: `Aufgabe ${index + 1}`,
      ownerPartnerId: owner,
      ownerContactId: ownContact && random() < 0.5 ? ownContact.id : null,
      dueDate: pick(dates),
      status: pick(actionStatuses),
      history: [],
    };
  });
  // The foundation's only actions are removed.
  for (const status of actionStatuses) {
    actions.push({ ...actions[0]!, ...meta('action'), deletedAt: '2026-02-01T00:00:00.000Z', ownerPartnerId: partners[6]!.id, status });
  }
  await seedRecords(db, 'partners', partners);
  await seedRecords(db, 'contacts', contacts);
  await seedRecords(db, 'meetings', meetings);
  await seedRecords(db, 'actions', actions);
});

afterAll(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
});

const tracker = () => createActionTracker(createRecordStores(db, () => today));
const byId = () => new Map(partners.map((owner) => [owner.id, owner]));
const reference = (query: TrackerQuery) => {
  const partnersById = byId();
  return filterAndSortActions(actions, query, today, (partnerId) => organisationName(partnersById.get(partnerId)), collator).map((action) => action.id);
};

function everyQuery(): TrackerQuery[] {
  const owners = ['all', ...new Set(actions.map((action) => action.ownerPartnerId))];
  return owners.flatMap((owner) =>
    trackerStatusFilters.flatMap((status) => dueWindows.flatMap((due) => trackerSorts.map((sort) => ({ owner, status, due, sort })))),
  );
}

describe('the action tracker’s index query', () => {
  it('lists exactly the rows of the in-memory rule, in its order, for every filter and sort', async () => {
    const queries = everyQuery();
    expect(queries.length).toBeGreaterThan(500);
    const queried = tracker();
    let nonEmpty = 0;
    for (const query of queries) {
      const expected = reference(query);
      if (expected.length > 0) nonEmpty += 1;
      expect({ query, ids: await queried.orderedIds(query, today, collator) }).toEqual({ query, ids: expected });
    }
    // The data is rich enough that most combinations list something.
    expect(nonEmpty).toBeGreaterThan(queries.length / 2);
  });

  it('pages 50 at a time: every row once across the pages, the count, and a page past the end shows the last', async () => {
    const queried = tracker();
    for (const query of [
      defaultTrackerQuery,
      { ...defaultTrackerQuery, status: 'all' as const, sort: 'owner' as const },
      { ...defaultTrackerQuery, status: 'all' as const, sort: 'status' as const },
    ]) {
      const expected = reference(query);
      expect(expected.length).toBeGreaterThan(2 * trackerPageSize);
      const pageCount = Math.ceil(expected.length / trackerPageSize);
      const seen: string[] = [];
      for (let page = 1; page <= pageCount; page += 1) {
        const shown = await queried.page({ query, page, today, collator });
        expect(shown).toMatchObject({ total: expected.length, page, pageCount });
        expect(shown.actions.length).toBe(page < pageCount ? trackerPageSize : expected.length - (pageCount - 1) * trackerPageSize);
        seen.push(...shown.actions.map((action) => action.id));
      }
      expect(seen).toEqual(expected);
      const beyond = await queried.page({ query, page: pageCount + 5, today, collator });
      expect(beyond.page).toBe(pageCount);
      expect(beyond.actions.map((action) => action.id)).toEqual(expected.slice((pageCount - 1) * trackerPageSize));
      expect((await queried.page({ query, page: 0, today, collator })).page).toBe(1);
    }
  });

  it('pages every filter and sort exactly as the rule lists them (by counting where it can), across page boundaries', async () => {
    const queried = tracker();
    const liveOwners = new Set(actions.filter((action) => action.deletedAt === null).map((action) => action.ownerPartnerId));
    for (const query of everyQuery()) {
      // An owner without live actions lists every owner (see below).
      const expected = reference(query.owner === 'all' || liveOwners.has(query.owner) ? query : { ...query, owner: 'all' });
      const pageCount = Math.max(1, Math.ceil(expected.length / trackerPageSize));
      const seen: string[] = [];
      for (let page = 1; page <= pageCount; page += 1) {
        const shown = await queried.page({ query, page, today, collator });
        expect({ query, page, total: shown.total, pageCount: shown.pageCount }).toEqual({ query, page, total: expected.length, pageCount });
        seen.push(...shown.actions.map((action) => action.id));
      }
      expect({ query, ids: seen }).toEqual({ query, ids: expected });
    }
  }, 120_000);

  it('lists every owner when the owner asked for owns no live action (a stale link), and says so', async () => {
    const query = { ...defaultTrackerQuery, owner: partners[6]!.id };
    const shown = await tracker().page({ query, page: 1, today, collator });
    expect(shown.unknownOwner).toBe(partners[6]!.id);
    expect(shown.total).toBe(reference(defaultTrackerQuery).length);
    expect((await tracker().page({ query: { ...query, owner: partners[0]!.id }, page: 1, today, collator })).unknownOwner).toBeNull();
  });

  it('reads with a page only the meetings, owners (archived ones too) and contacts its rows name', async () => {
    const shown = await tracker().page({ query: { ...defaultTrackerQuery, status: 'all' }, page: 2, today, collator });
    const named = (ids: (string | null)[]) => [...new Set(ids.filter((value): value is string => value !== null))].sort();
    expect(shown.meetings.map((meeting) => meeting.id).sort()).toEqual(named(shown.actions.map((action) => action.meetingId)));
    // The missing partner cannot be read; every other owner can, archived or not.
    const owners = named(shown.actions.map((action) => action.ownerPartnerId)).filter((ownerId) => byId().has(ownerId));
    expect(shown.partners.map((owner) => owner.id).sort()).toEqual(owners);
    expect(shown.partners.some((owner) => owner.deletedAt !== null)).toBe(true);
    expect(shown.contacts.map((contact) => contact.id).sort()).toEqual(named(shown.actions.map((action) => action.ownerContactId)));
  });

  it('offers as owners the partners with live actions, archived ones by name, from the owner index', async () => {
    const owners = await tracker().owners();
    const expected = [...new Set(actions.filter((action) => action.deletedAt === null).map((action) => action.ownerPartnerId))].sort();
    expect(owners.map((owner) => owner.id).sort()).toEqual(expected);
    expect(owners.find((owner) => owner.id === partners[5]!.id)).toMatchObject({ name: 'Alte Moschee', organisation: 'Alte Moschee' });
    expect(owners.find((owner) => owner.id === partners[1]!.id)).toMatchObject({ name: 'Jugendamt', organisation: 'JA' });
    expect(owners.some((owner) => owner.id === partners[6]!.id)).toBe(false);
  });

  it('gives the calendar export every open action with a due date, by due date', async () => {
    const exported = await tracker().openForCalendar();
    const expected = actions.filter((action) => isOpenAction(action) && action.dueDate !== '');
    expect(exported.actions.map((action) => action.id).sort()).toEqual(expected.map((action) => action.id).sort());
    expect(exported.actions.map((action) => action.dueDate)).toEqual(expected.map((action) => action.dueDate).sort());
    expect(exported.meetings.map((meeting) => meeting.id).sort()).toEqual([...new Set(expected.map((action) => action.meetingId))].sort());
  });

  it('follows writes: a status change moves the action between filters (through the repository)', async () => {
    const repository = createActionRepository(db, () => new Date('2026-03-10T12:00:00.000Z'));
    const query = { ...defaultTrackerQuery, status: 'all' as const };
    const before = await repository.trackerPage({ query: defaultTrackerQuery, page: 1, today, collator });
    const first = before.actions[0]!;
    await repository.setStatus(first.id, first.revision, 'done');
    const after = await repository.trackerPage({ query: defaultTrackerQuery, page: 1, today, collator });
    expect(after.total).toBe(before.total - 1);
    expect(after.actions.map((action) => action.id)).not.toContain(first.id);
    const index = actions.findIndex((action) => action.id === first.id);
    actions[index] = { ...actions[index]!, status: 'done' };
    expect((await repository.trackerPage({ query, page: 1, today, collator })).total).toBe(reference(query).length);
  });
});
