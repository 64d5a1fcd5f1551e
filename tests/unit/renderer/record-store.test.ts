import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { RecordNotFoundError, StaleRevisionError } from '../../../renderer/src/storage/errors';
import { createRecordStores, plainCodec, writeTransaction, type RecordCodec } from '../../../renderer/src/storage/record-store';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
});

const at = new Date('2026-03-01T10:00:00.000Z');
const series = { name: 'Monatliches Netzwerktreffen' };

describe('the record store: the one write path', () => {
  it('stamps meta and revision, validates with the domain schema, and audits in the same transaction', async () => {
    db = freshDb();
    const stores = createRecordStores(db, () => '2026-03-01');
    const created = await writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.insert(series, { action: 'create', at }));
    expect(created).toMatchObject({ name: series.name, revision: 1, createdAt: at.toISOString(), updatedAt: at.toISOString(), deletedAt: null });
    const later = new Date('2026-03-02T10:00:00.000Z');
    const renamed = await writeTransaction(db, ['meetingSeries'], () =>
      stores.meetingSeries.update(created.id, 1, (record) => ({ ...record, name: 'Netzwerktreffen', createdAt: 'forged', revision: 99 }), {
        action: 'update',
        at: later,
      }),
    );
    // Bookkeeping is the store's: a change cannot forge its creation time or revision.
    expect(renamed).toMatchObject({ name: 'Netzwerktreffen', revision: 2, createdAt: at.toISOString(), updatedAt: later.toISOString() });
    const entries = await db.audit.where('entityId').equals(created.id).sortBy('seq');
    expect(entries.map((entry) => db.codec.openAudit(entry)).map((entry) => [entry.action, entry.entity, entry.changes])).toEqual([
      [
        'create',
        'meetingSeries',
        [
          { field: 'name', old: null, new: 'Monatliches Netzwerktreffen' },
          { field: 'deletedAt', old: null, new: null },
        ],
      ],
      ['update', 'meetingSeries', [{ field: 'name', old: 'Monatliches Netzwerktreffen', new: 'Netzwerktreffen' }]],
    ]);
  });

  it('lists the ids of live records in index order from keys alone, leaving archived ones out', async () => {
    db = freshDb();
    const stores = createRecordStores(db, () => '2026-03-01');
    const created = await writeTransaction(db, ['meetingSeries'], async () => [
      await stores.meetingSeries.insert({ name: 'A' }, { action: 'create', at }),
      await stores.meetingSeries.insert({ name: 'B' }, { action: 'create', at }),
      await stores.meetingSeries.insert({ name: 'C' }, { action: 'create', at }),
    ]);
    const ids = created.map((series) => series.id).sort();
    expect(await stores.meetingSeries.liveKeys((rows) => rows.toCollection())).toEqual(ids);
    await writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.archive(ids[1]!, 1, { action: 'archive', at }));
    expect(await stores.meetingSeries.liveKeys((rows) => rows.toCollection())).toEqual([ids[0], ids[2]]);
    expect(await stores.meetingSeries.liveKeys((rows) => rows.orderBy(':id').reverse())).toEqual([ids[2], ids[0]]);
  });

  it('refuses a record the schema does not allow, an unknown field included, and writes nothing', async () => {
    db = freshDb();
    const stores = createRecordStores(db, () => '2026-03-01');
    await expect(writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.insert({ name: '' }, { action: 'create', at }))).rejects.toBeInstanceOf(
      ZodError,
    );
    await expect(
      writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.insert({ ...series, smuggled: 'x' } as typeof series, { action: 'create', at })),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.insert({ name: 'x'.repeat(201) }, { action: 'create', at })),
    ).rejects.toBeInstanceOf(ZodError);
    expect(await db.meetingSeries.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses a write outside a transaction that also holds the audit trail', async () => {
    db = freshDb();
    const stores = createRecordStores(db, () => '2026-03-01');
    await expect(stores.meetingSeries.insert(series, { action: 'create', at })).rejects.toThrow(/inside writeTransaction/);
    await expect(db.transaction('rw', db.meetingSeries, () => stores.meetingSeries.insert(series, { action: 'create', at }))).rejects.toThrow(
      /inside writeTransaction/,
    );
    expect(await db.meetingSeries.count()).toBe(0);
  });

  it('refuses a stale base revision and a missing or archived record; a change that changes nothing writes nothing', async () => {
    db = freshDb();
    const stores = createRecordStores(db, () => '2026-03-01');
    const write = <T>(work: () => Promise<T>) => writeTransaction(db, ['meetingSeries'], work);
    const created = await write(() => stores.meetingSeries.insert(series, { action: 'create', at }));
    const same = await write(() => stores.meetingSeries.update(created.id, 1, (record) => ({ ...record }), { action: 'update', at }));
    expect(same.revision).toBe(1);
    expect(await db.audit.count()).toBe(1);
    const archived = await write(() => stores.meetingSeries.archive(created.id, 1, { action: 'archive', at }));
    expect(await stores.meetingSeries.get(created.id)).toBeUndefined();
    expect(await stores.meetingSeries.list()).toEqual([]);
    expect(await stores.meetingSeries.listIncludingDeleted()).toEqual([archived]);
    await expect(write(() => stores.meetingSeries.update(created.id, 2, (record) => record, { action: 'update', at }))).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    await expect(write(() => stores.meetingSeries.restore(created.id, 1, { action: 'restore', at }))).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(write(() => stores.meetingSeries.restore(created.id, 2, { action: 'restore', at }))).resolves.toMatchObject({ deletedAt: null, revision: 3 });
  });

  it('passes every record through the database codec on its way to and from the disk', async () => {
    db = freshDb();
    // A stand-in for the encryption codec: what reaches IndexedDB is not what the app sees.
    const codec: RecordCodec = {
      ...plainCodec,
      encode: (_table, record) => ({ ...record, name: `enc:${(record as unknown as { name: string }).name}` }),
      decode: <T>(_table: string, stored: unknown) => ({ ...(stored as object), name: (stored as { name: string }).name.replace(/^enc:/, '') }) as T,
    };
    db.codec = codec;
    const stores = createRecordStores(db, () => '2026-03-01');
    const created = await writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.insert(series, { action: 'create', at }));
    expect((await db.meetingSeries.get(created.id))?.name).toBe('enc:Monatliches Netzwerktreffen');
    expect((await stores.meetingSeries.get(created.id))?.name).toBe('Monatliches Netzwerktreffen');
    expect((await stores.meetingSeries.list()).map((record) => record.name)).toEqual(['Monatliches Netzwerktreffen']);
  });
});

describe('another window upgrading the database', () => {
  it('closes this connection for good instead of reopening into the newer schema', async () => {
    db = freshDb();
    await db.open();
    let told = 0;
    db.onUpgradedElsewhere(() => (told += 1));
    const newer = new Dexie(db.name);
    newer.version(99).stores({ futureStore: 'id' });
    await newer.open(); // not blocked: this window let go at once
    expect(told).toBe(1);
    expect(db.upgradedElsewhere).toBe(true);
    expect(db.isOpen()).toBe(false);
    await expect(db.partners.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(newer.verno).toBe(99);
    newer.close();
  });
});
