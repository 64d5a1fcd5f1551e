import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RoundtableDb } from '../../renderer/src/storage/db';
import { latestVersion, migrations } from '../../renderer/src/storage/migrations';

describe('migration 002: meetings', () => {
  it('adds the meeting stores to a version-1 database and keeps its partners and settings', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(migrations[0]!.stores);
    await v1.table('partners').add({ id: 'p1', name: 'Polizei', sector: 'police', status: 'active', deletedAt: null, createdAt: '', updatedAt: '' });
    await v1.table('contacts').add({ id: 'c1', partnerId: 'p1', name: 'Kim Probe', deletedAt: null, position: 0 });
    await v1.table('settings').put({ key: 'language', value: 'de' });
    v1.close();

    const db = new RoundtableDb(name);
    await db.open();
    expect(db.verno).toBe(latestVersion);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['actions', 'agendaItems', 'contacts', 'meetingSeries', 'meetings', 'partners', 'settings']));
    expect((await db.partners.get('p1'))?.name).toBe('Polizei');
    expect((await db.contacts.where('partnerId').equals('p1').first())?.name).toBe('Kim Probe');
    expect((await db.settings.get('language'))?.value).toBe('de');
    expect(await db.meetings.count()).toBe(0);
    await db.delete();
  });
});
