import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RoundtableDb } from '../../renderer/src/storage/db';
import { migrations } from '../../renderer/src/storage/migrations';

describe('migration 003: referrals and audit', () => {
  it('adds the referral, timeline and audit stores to a version-2 database and keeps its meetings', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(migrations[0]!.stores);
    v2.version(2).stores(migrations[1]!.stores);
    await v2.table('meetings').add({ id: 'm1', title: 'Netzwerktreffen', seriesId: null, type: 'network', status: 'approved', startsAt: '2026-03-05T13:00:00.000Z', deletedAt: null });
    v2.close();

    const db = new RoundtableDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['referrals', 'referralEvents', 'audit']));
    expect((await db.meetings.get('m1'))?.title).toBe('Netzwerktreffen');
    // case codes are unique: a second case with the same code is refused by the store itself
    await db.referrals.add({ id: 'r1', caseCode: 'RT-2026-0001' } as never);
    await expect(db.referrals.add({ id: 'r2', caseCode: 'RT-2026-0001' } as never)).rejects.toThrow();
    await db.delete();
  });
});
