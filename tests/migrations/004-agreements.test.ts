import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RoundtableDb } from '../../renderer/src/storage/db';
import { latestVersion, migrations } from '../../renderer/src/storage/migrations';

describe('migration 004: agreements, disclosures, acknowledgements', () => {
  it('adds the new stores to a version-3 database and keeps its referrals and audit trail', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    for (const migration of migrations.filter((m) => m.version <= 3)) v3.version(migration.version).stores(migration.stores);
    await v3.table('referrals').add({ id: 'r1', caseCode: 'RT-2026-0001', caseYear: 2026, status: 'received', deletedAt: null });
    await v3.table('audit').add({ id: 'a1', seq: 1, entityId: 'r1', at: '2026-03-01T00:00:00.000Z' });
    v3.close();

    const db = new RoundtableDb(name);
    await db.open();
    expect(latestVersion).toBeGreaterThanOrEqual(4);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['agreements', 'disclosures', 'coverageAcknowledgements']));
    expect((await db.referrals.get('r1'))?.caseCode).toBe('RT-2026-0001');
    expect(await db.audit.count()).toBe(1);
    expect(db.disclosures.schema.indexes.map((index) => index.name)).toEqual(expect.arrayContaining(['referralId', 'agreementId']));
    await db.delete();
  });
});
