import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { blankPartnerInput, type PartnerInput } from '../../../renderer/src/domain/partner';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import { RecordNotFoundError, StaleRevisionError, StorageError } from '../../../renderer/src/storage/errors';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
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
    expect(created).toMatchObject({ createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z', deletedAt: null, revision: 1 });
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
    await repo.update(created.id, before.revision, {
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
    expect(after.revision).toBe(2);
    // the removed contact is kept as a tombstone, not deleted
    const removed = await db.contacts.get(before.contacts[0]!.id);
    expect(removed?.deletedAt).toBe('2026-03-01T10:01:00.000Z');
  });

  it('archives and restores without losing anything', async () => {
    const { repo } = setup();
    const created = await repo.create(school);
    const archived = await repo.archive(created.id, created.revision);
    expect((await repo.get(created.id))?.deletedAt).not.toBeNull();
    expect((await repo.get(created.id))?.contacts).toHaveLength(2);
    await repo.restore(created.id, archived.revision);
    expect((await repo.get(created.id))?.deletedAt).toBeNull();
    // Restoring again from the same (now old) page is refused, not silently repeated.
    await expect(repo.restore(created.id, archived.revision)).rejects.toBeInstanceOf(StaleRevisionError);
  });

  it('reports unknown ids', async () => {
    const { repo } = setup();
    await expect(repo.archive('missing', 1)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(repo.update('missing', 1, school)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('counts live contacts per partner', async () => {
    const { repo } = setup();
    const a = await repo.create(school);
    const b = await repo.create({ ...school, name: 'Polizei', contacts: [] });
    const counts = await repo.contactCounts();
    expect(counts.get(a.id)).toBe(2);
    expect(counts.get(b.id)).toBeUndefined();
    // A contact taken off the partner is kept as a tombstone, and no longer counted.
    const withContacts = await repo.get(a.id);
    await repo.update(a.id, a.revision, { ...school, contacts: withContacts!.contacts.slice(1) });
    expect((await repo.contactCounts()).get(a.id)).toBe(1);
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

  it('an update that fails halfway (its audit entry cannot be written) keeps the stored version', async () => {
    const { repo } = setup();
    const created = await repo.create(school);
    db.audit.hook('creating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(repo.update(created.id, created.revision, { ...school, name: 'Changed' })).rejects.toBeInstanceOf(StorageError);
    expect(await repo.get(created.id)).toMatchObject({ name: 'Gesamtschule Am Lindenpark', revision: 1 });
  });

  it('refuses a save based on an old revision and keeps what the other window saved', async () => {
    const { repo } = setup();
    const created = await repo.create(school);
    // Two windows open the same partner; the first saves a new role.
    await repo.update(created.id, created.revision, { ...school, role: 'Schulsozialarbeit' });
    // The second, still on revision 1, changes the notes: refused, nothing of it stored.
    const refused = await repo.update(created.id, created.revision, { ...school, notes: 'Neue Notiz' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StaleRevisionError);
    expect((refused as StaleRevisionError).refusal).toEqual({ kind: 'stale', entity: 'partner', id: created.id, expected: 1, actual: 2 });
    expect(await repo.get(created.id)).toMatchObject({ role: 'Schulsozialarbeit', notes: '', revision: 2 });
  });

  it('a change to contacts alone moves the partner on, so an older form cannot overwrite it', async () => {
    const { repo } = setup();
    const created = await repo.create(school);
    const opened = (await repo.get(created.id))!;
    const contacts = opened.contacts.map(({ id, name, role }) => ({ id, name, role }));
    const saved = await repo.update(created.id, opened.revision, { ...school, contacts: [...contacts, { name: 'Neu Person', role: '' }] });
    expect(saved.revision).toBe(2);
    await expect(repo.update(created.id, opened.revision, { ...school, contacts })).rejects.toBeInstanceOf(StaleRevisionError);
    expect((await repo.get(created.id))?.contacts.map((contact) => contact.name)).toEqual(['Sam Entwurf', 'Kim Probe', 'Neu Person']);
  });

  it('audits every change to a partner and its contacts in words a history can show', async () => {
    const { repo } = setup();
    const audit = createAuditRepository(db);
    const created = await repo.create(school);
    const opened = (await repo.get(created.id))!;
    const updated = await repo.update(created.id, opened.revision, {
      ...school,
      name: 'Gesamtschule Lindenpark',
      contacts: [{ id: opened.contacts[0]!.id, name: 'Sam Entwurf' }],
    });
    await repo.archive(created.id, updated.revision);
    const entries = await audit.listFor(created.id);
    expect(entries.map((entry) => [entry.entity, entry.action])).toEqual([
      ['partner', 'create'],
      ['contact', 'create'],
      ['contact', 'create'],
      ['contact', 'update'],
      ['contact', 'remove'],
      ['partner', 'update'],
      ['partner', 'archive'],
    ]);
    expect(entries[5]!.changes).toContainEqual({ field: 'name', old: 'Gesamtschule Am Lindenpark', new: 'Gesamtschule Lindenpark' });
    expect(entries[6]!.changes).toEqual([{ field: 'deletedAt', old: null, new: '2026-03-01T10:00:00.000Z' }]);
    expect(entries.every((entry) => entry.actorName === 'Toni Exempel')).toBe(true);
    const check = await audit.verify();
    expect(check).toEqual({ chain: { ok: true, count: 7 }, unaudited: [] });
  });

  it('changes nothing without a local user: every change names who made it', async () => {
    db = freshDb({ localUser: false });
    const repo = createPartnerRepository(db, () => new Date('2026-03-01T10:00:00.000Z'));
    await expect(repo.create(school)).rejects.toMatchObject({ name: 'LocalUserMissingError' });
    expect(await db.partners.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });
});
