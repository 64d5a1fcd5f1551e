/** The record store's key-only reads that lists build on (alongside `liveKeys`). */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createRecordStores, writeTransaction } from '../../../renderer/src/storage/record-store';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
});

const at = new Date('2026-03-01T10:00:00.000Z');

async function seriesNamed(...names: string[]) {
  db = freshDb();
  const stores = createRecordStores(db, () => '2026-03-01');
  const created = await writeTransaction(db, ['meetingSeries'], async () => {
    const list = [];
    for (const name of names) list.push(await stores.meetingSeries.insert({ name }, { action: 'create', at }));
    return list;
  });
  return { stores, created };
}

describe('the record store’s key-only reads', () => {
  it('reads several index ranges at once, each in index order, removed records left out', async () => {
    const { stores, created } = await seriesNamed('A', 'B', 'C', 'D');
    const ids = created.map((record) => record.id).sort();
    await writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.archive(ids[1]!, 1, { action: 'archive', at }));
    const lists = await stores.meetingSeries.liveKeysOfEach([
      (rows) => rows.where(':id').above(ids[1]!),
      (rows) => rows.orderBy(':id').reverse(),
      (rows) => rows.where(':id').equals(ids[1]!),
    ]);
    expect(lists).toEqual([[ids[2], ids[3]], [ids[3], ids[2], ids[0]], []]);
  });

  it('gives the distinct values of an index among live records: a value only removed records carry is left out', async () => {
    const { stores, created } = await seriesNamed('X');
    const series = created[0]!;
    const plan = (title: string) => ({
      title,
      type: 'network' as const,
      seriesId: series.id,
      startsAt: '2026-03-05T13:00:00.000Z',
      endsAt: '2026-03-05T15:00:00.000Z',
      timeZone: 'Europe/Berlin',
      location: '',
      onlineLink: '',
      chair: '',
      minuteTaker: '',
      confidentiality: 'internal' as const,
      status: 'planned' as const,
      attendees: [],
      approvedAt: null,
      circulations: [],
      amendments: [],
    });
    const meetings = await writeTransaction(db, ['meetings'], async () => [
      await stores.meetings.insert(plan('kept'), { action: 'create', at }),
      await stores.meetings.insert({ ...plan('moved'), type: 'case_panel' }, { action: 'create', at }),
      await stores.meetings.insert({ ...plan('half'), type: 'working_group' }, { action: 'create', at }),
      await stores.meetings.insert({ ...plan('half, removed'), type: 'working_group' }, { action: 'create', at }),
    ]);
    expect((await stores.meetings.liveIndexValues('type')).sort()).toEqual(['case_panel', 'network', 'working_group']);
    await writeTransaction(db, ['meetings'], async () => {
      await stores.meetings.archive(meetings[1]!.id, 1, { action: 'archive', at });
      await stores.meetings.archive(meetings[3]!.id, 1, { action: 'archive', at });
    });
    expect((await stores.meetings.liveIndexValues('type')).sort()).toEqual(['network', 'working_group']);
  });

  it('counts an index range with removed records, lists the removed ones, and reads in one transaction', async () => {
    const { stores, created } = await seriesNamed('A', 'B', 'C');
    await writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.archive(created[1]!.id, 1, { action: 'archive', at }));
    const [count, removed, live] = await stores.meetingSeries.reading(async () => [
      await stores.meetingSeries.countIncludingDeleted((rows) => rows.toCollection()),
      await stores.meetingSeries.listDeleted(),
      await stores.meetingSeries.liveKeys((rows) => rows.toCollection()),
    ]);
    expect(count).toBe(3);
    expect((removed as { name: string }[]).map((record) => record.name)).toEqual(['B']);
    expect(live).toHaveLength(2);
  });

  it('reads records by id, archived ones too, in the order asked, missing ones left out', async () => {
    const { stores, created } = await seriesNamed('A', 'B');
    await writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.archive(created[0]!.id, 1, { action: 'archive', at }));
    const read = await stores.meetingSeries.getManyIncludingDeleted([created[1]!.id, 'missing', created[0]!.id]);
    expect(read.map((record) => [record.name, record.deletedAt === null])).toEqual([
      ['B', true],
      ['A', false],
    ]);
    expect((await stores.meetingSeries.getMany([created[1]!.id, created[0]!.id])).map((record) => record.name)).toEqual(['B']);
  });
});
