import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { blankPartnerInput, type PartnerInput } from '../../../renderer/src/domain/partner';
import { StorageError } from '../../../renderer/src/storage/errors';
import { createPartnerRepository, RecordNotFoundError } from '../../../renderer/src/storage/repositories/partners';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

function setup(start = '2026-03-01T10:00:00.000Z') {
  db = freshDb();
  let now = new Date(start);
  const clock = () => now;
  return { repo: createPartnerRepository(db, clock), advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const school: PartnerInput = {
  ...blankPartnerInput(),
  name: 'Gesamtschule Am Lindenpark',
  sector: 'school',
  contacts: [
    { name: 'Sam Entwurf', email: 'sam@schule.example.org', phone: '+49 555 0300-40' },
    { name: 'Kim Probe', role: 'Schulleitung' },
  ],
};

describe('partner repository', () => {
  it('creates a partner with its contacts, in order, with record metadata', async () => {
    const { repo } = setup();
    const created = await repo.create(school);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z', deletedAt: null });
    const loaded = await repo.get(created.id);
    expect(loaded?.name).toBe('Gesamtschule Am Lindenpark');
    expect(loaded?.contacts.map((c) => c.name)).toEqual(['Sam Entwurf', 'Kim Probe']);
    expect(loaded?.contacts[1]).toMatchObject({ role: 'Schulleitung', email: '', partnerId: created.id });
  });

  it('rejects invalid input and stores nothing', async () => {
    const { repo } = setup();
    await expect(repo.create({ ...school, contacts: [{ name: 'X', email: 'nope' }] })).rejects.toBeInstanceOf(ZodError);
    expect(await repo.list()).toEqual([]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('updates fields and contacts: edits kept ids, new ones added, removed ones tombstoned', async () => {
    const { repo, advance } = setup();
    const created = await repo.create(school);
    const before = (await repo.get(created.id))!;
    advance(60_000);
    await repo.update(created.id, {
      ...school,
      name: 'Gesamtschule Lindenpark',
      contacts: [
        { id: before.contacts[1]!.id, name: 'Kim Probe', role: 'Stellv. Schulleitung' },
        { name: 'Neu Person', email: 'neu@schule.example.org' },
      ],
    });
    const after = (await repo.get(created.id))!;
    expect(after.name).toBe('Gesamtschule Lindenpark');
    expect(after.updatedAt).toBe('2026-03-01T10:01:00.000Z');
    expect(after.createdAt).toBe('2026-03-01T10:00:00.000Z');
    expect(after.contacts.map((c) => [c.name, c.role])).toEqual([
      ['Kim Probe', 'Stellv. Schulleitung'],
      ['Neu Person', ''],
    ]);
    expect(after.contacts[0]!.id).toBe(before.contacts[1]!.id);
    // the removed contact is kept as a tombstone, not deleted
    const removed = await db.contacts.get(before.contacts[0]!.id);
    expect(removed?.deletedAt).toBe('2026-03-01T10:01:00.000Z');
  });

  it('archives and restores without losing anything', async () => {
    const { repo } = setup();
    const created = await repo.create(school);
    await repo.archive(created.id);
    expect((await repo.get(created.id))?.deletedAt).not.toBeNull();
    expect((await repo.get(created.id))?.contacts).toHaveLength(2);
    await repo.restore(created.id);
    expect((await repo.get(created.id))?.deletedAt).toBeNull();
  });

  it('reports unknown ids', async () => {
    const { repo } = setup();
    await expect(repo.archive('missing')).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(repo.update('missing', school)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('counts live contacts per partner', async () => {
    const { repo } = setup();
    const a = await repo.create(school);
    const b = await repo.create({ ...school, name: 'Polizei', contacts: [] });
    const counts = await repo.contactCounts();
    expect(counts.get(a.id)).toBe(2);
    expect(counts.get(b.id)).toBeUndefined();
  });

  it('writes a partner and its contacts all or nothing: a failing contact write leaves no partner', async () => {
    const { repo } = setup();
    db.contacts.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await repo.create(school).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).problem).toBe('quota');
    expect(await db.partners.count()).toBe(0);
  });

  it('loads many partners in one transaction: one bad entry stores none', async () => {
    const { repo } = setup();
    await expect(repo.createMany([school, { ...school, name: '' }])).rejects.toBeInstanceOf(ZodError);
    expect(await db.partners.count()).toBe(0);
    expect(await repo.createMany([school, { ...school, name: 'Zweite Schule' }])).toBe(2);
    expect(await db.partners.count()).toBe(2);
  });

  it('an update that fails halfway keeps the stored version', async () => {
    const { repo } = setup();
    const created = await repo.create(school);
    db.contacts.hook('updating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(repo.update(created.id, { ...school, name: 'Changed' })).rejects.toBeInstanceOf(StorageError);
    expect((await repo.get(created.id))?.name).toBe('Gesamtschule Am Lindenpark');
  });
});
