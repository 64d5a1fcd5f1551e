import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, hmacDigest } from '../../../renderer/src/domain/audit-chain';
import type { AuditEntry } from '../../../renderer/src/domain/audit';
import { appendAudit, createAuditRepository } from '../../../renderer/src/storage/audit';
import { LocalUserMissingError } from '../../../renderer/src/storage/errors';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createSettingsRepository } from '../../../renderer/src/storage/repositories/settings';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const now = new Date('2026-03-01T10:00:00.000Z');

async function setup({ withUser = true } = {}) {
  db = freshDb({ localUser: false });
  const settings = createSettingsRepository(db);
  if (withUser) await settings.set('localUser', { name: 'Sam Entwurf', organisation: 'Jugendamt Musterstadt' });
  return { audit: createAuditRepository(db, () => now), settings };
}

/** Stands in for the referral repository: a change to another table plus its audit entry. */
function change(entityId: string, field: string, value: string) {
  return db.transaction('rw', db.settings, db.audit, async () => {
    await db.settings.put({ key: `fake-${entityId}`, value });
    return appendAudit(db, { action: 'update', entity: 'referral', entityId, changes: [{ field, old: null, new: value }] }, now);
  });
}

describe('appendAudit', () => {
  it('builds a verifying chain inside transactions and moves the head', async () => {
    const { audit, settings } = await setup();
    const first = await change('case-1', 'status', 'received');
    const second = await change('case-2', 'status', 'assessment');
    const third = await change('case-1', 'status', 'closed');
    expect(first).toMatchObject({
      seq: 1,
      prevHash: GENESIS_HASH,
      actorName: 'Sam Entwurf',
      actorOrganisation: 'Jugendamt Musterstadt',
      entity: 'referral',
      at: '2026-03-01T10:00:00.000Z',
    });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(third).toMatchObject({ seq: 3, prevHash: second.hash });
    expect(await settings.get('auditHead')).toEqual({ seq: 3, hash: third.hash });
    expect((await audit.verify()).chain).toEqual({ ok: true, count: 3 });
    expect((await audit.listFor('case-1')).map((entry) => entry.seq)).toEqual([1, 3]);
    expect((await audit.listAll()).map((entry) => entry.seq)).toEqual([1, 2, 3]);
  });

  it('is all or nothing with the change: a failing transaction keeps neither', async () => {
    const { audit, settings } = await setup();
    await change('case-1', 'status', 'received');
    const headBefore = await settings.get('auditHead');
    const failing = db.transaction('rw', db.settings, db.audit, async () => {
      await db.settings.put({ key: 'fake-case-1', value: 'closed' });
      await appendAudit(db, { action: 'status', entity: 'referral', entityId: 'case-1', changes: [{ field: 'status', old: 'received', new: 'closed' }] }, now);
      throw new Error('later step failed');
    });
    await expect(failing).rejects.toThrow('later step failed');
    expect((await db.settings.get('fake-case-1'))?.value).toBe('received');
    expect(await db.audit.count()).toBe(1);
    expect(await settings.get('auditHead')).toEqual(headBefore);
    expect((await audit.verify()).chain).toEqual({ ok: true, count: 1 });
  });

  it("stays in the caller's transaction whatever style its scope is written in", async () => {
    const { audit } = await setup();
    const input = { action: 'update' as const, entity: 'referral' as const, entityId: 'case-1', changes: [] };
    await db.transaction('rw', db.audit, db.settings, () => appendAudit(db, input, now));
    await db.transaction('rw', db.audit, db.settings, () => db.settings.put({ key: 'fake', value: 1 }).then(() => appendAudit(db, input, now)));
    const failing = db.transaction('rw', db.audit, db.settings, () => appendAudit(db, input, now).then(() => Promise.reject(new Error('later step failed'))));
    await expect(failing).rejects.toThrow('later step failed');
    expect((await audit.verify()).chain).toEqual({ ok: true, count: 2 });
  });

  it('refuses to run outside a read-write transaction over audit and settings', async () => {
    await setup();
    const input = { action: 'update' as const, entity: 'referral' as const, entityId: 'case-1', changes: [] };
    await expect(appendAudit(db, input, now)).rejects.toThrow(/inside db\.transaction/);
    await expect(db.transaction('rw', db.audit, () => appendAudit(db, input, now))).rejects.toThrow(/inside db\.transaction/);
    await expect(db.transaction('r', db.audit, db.settings, () => appendAudit(db, input, now))).rejects.toThrow(/inside db\.transaction/);
    expect(await db.audit.count()).toBe(0);
  });

  it('throws LocalUserMissingError and writes nothing when no local user is set', async () => {
    const { audit, settings } = await setup({ withUser: false });
    await expect(change('case-1', 'status', 'received')).rejects.toBeInstanceOf(LocalUserMissingError);
    await expect(audit.recordView('case-1')).rejects.toMatchObject({ name: 'LocalUserMissingError' });
    expect(await db.settings.get('fake-case-1')).toBeUndefined();
    expect(await db.audit.count()).toBe(0);
    expect(await settings.get('auditHead')).toBeUndefined();
  });
});

describe('audit repository', () => {
  it('records a view as an entry with no changes', async () => {
    const { audit } = await setup();
    const entry = await audit.recordView('case-7');
    expect(entry).toMatchObject({ seq: 1, action: 'view', entityId: 'case-7', changes: [], at: '2026-03-01T10:00:00.000Z' });
    expect(await audit.listFor('case-7')).toEqual([entry]);
    expect((await audit.verify()).chain).toEqual({ ok: true, count: 1 });
  });

  it('detects an entry modified directly in the table', async () => {
    const { audit } = await setup();
    await change('case-1', 'status', 'received');
    const second = await change('case-1', 'riskLevel', 'high');
    await change('case-1', 'status', 'closed');
    await db.audit.update(second.id, { changes: [{ field: 'riskLevel', old: null, new: 'low' }] } as Partial<AuditEntry>);
    expect((await audit.verify()).chain).toEqual({ ok: false, seq: 2, reason: 'hash' });
  });

  it('detects entries deleted from the end', async () => {
    const { audit } = await setup();
    await change('case-1', 'status', 'received');
    const last = await change('case-1', 'status', 'closed');
    await db.audit.delete(last.id);
    expect((await audit.verify()).chain).toEqual({ ok: false, seq: 2, reason: 'head' });
  });

  it('goes on from the stored head after the last entry was removed, so the gap is reported', async () => {
    const { audit, settings } = await setup();
    await change('case-1', 'status', 'received');
    const last = await change('case-1', 'status', 'closed');
    await db.audit.delete(last.id);
    const next = await change('case-1', 'riskLevel', 'high');
    // The removed entry's number is never given out again: the head said 2 came before.
    expect(next).toMatchObject({ seq: 3, prevHash: last.hash });
    expect(await settings.get('auditHead')).toEqual({ seq: 3, hash: next.hash });
    expect((await audit.verify()).chain).toEqual({ ok: false, seq: 3, reason: 'gap' });
  });

  it('keys the chain when given a key: without the key the entries do not verify', async () => {
    const { audit } = await setup();
    db.auditDigest = hmacDigest(new Uint8Array(32).fill(7));
    await change('case-1', 'status', 'received');
    await change('case-1', 'status', 'closed');
    expect((await audit.verify()).chain).toEqual({ ok: true, count: 2 });
    db.auditDigest = hmacDigest(new Uint8Array(32).fill(8));
    expect((await audit.verify()).chain).toEqual({ ok: false, seq: 1, reason: 'hash' });
  });

  it('reports records that have no audit entry, by kind', async () => {
    const { audit } = await setup();
    const meta = { createdAt: now.toISOString(), updatedAt: now.toISOString(), deletedAt: null, revision: 1 };
    // Written around the write path, as a script with file access would.
    await db.partners.add({
      id: 'p-outside',
      name: 'Untergeschoben',
      shortName: '',
      sector: 'police',
      status: 'active',
      role: '',
      joinedOn: '',
      notes: '',
      ...meta,
    });
    await db.agreements.bulkAdd([{ id: 'a-1' }, { id: 'a-2' }] as never);
    const check = await audit.verify();
    expect(check.chain).toEqual({ ok: true, count: 0 });
    expect(check.unaudited).toEqual([
      { entity: 'partner', count: 1, ids: ['p-outside'] },
      { entity: 'agreement', count: 2, ids: ['a-1', 'a-2'] },
    ]);
  });

  it('reports an empty trail as intact', async () => {
    const { audit } = await setup();
    expect((await audit.verify()).chain).toEqual({ ok: true, count: 0 });
  });
});
