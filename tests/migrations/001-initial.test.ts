import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RoundtableDb } from '../../renderer/src/storage/db';
import { latestVersion, migrations } from '../../renderer/src/storage/migrations';

/**
 * Fields that may be indexed: ids, foreign keys, dates, status and type codes. Anything
 * else (names, notes, contact details) must stay unindexed so it can be encrypted later.
 */
const indexable = new Set([
  'id', 'key', 'partnerId', 'sector', 'status', 'type', 'createdAt', 'updatedAt', 'deletedAt',
  'seriesId', 'startsAt', 'meetingId', 'agendaItemId', 'ownerPartnerId', 'dueDate',
  'caseCode', 'caseYear', 'referringPartnerId', 'leadPartnerId', 'receivedOn', 'referralId', 'kind', 'seq', 'entityId', 'parentId', 'at',
  'startDate', 'reviewDate', 'endDate', 'agreementId', 'sharedOn',
]);

describe('migration 001: initial schema', () => {
  it('creates the partner, contact and settings stores on an empty database', async () => {
    const db = new RoundtableDb(`test-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(latestVersion);
    expect(db.tables.map((table) => table.name)).toEqual(expect.arrayContaining(['contacts', 'partners', 'settings']));
    expect(db.contacts.schema.indexes.map((index) => index.name)).toContain('partnerId');
    await db.delete();
  });

  it('keeps data written with the version-1 schema when the app opens it', async () => {
    const name = `test-${crypto.randomUUID()}`;
    // Written the way a first release would have written it, without the app's classes.
    const v1 = new Dexie(name);
    v1.version(1).stores(migrations[0]!.stores);
    await v1.table('partners').add({
      id: '7d2c1f7e-8f55-4a58-9a6f-2a8a7d1e0c11',
      name: 'Jugendamt',
      shortName: '',
      sector: 'social_services',
      status: 'active',
      role: '',
      joinedOn: '',
      notes: 'ä ß <script>',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
    });
    v1.close();

    const db = new RoundtableDb(name);
    await db.open();
    expect(db.verno).toBe(latestVersion);
    const partner = await db.partners.get('7d2c1f7e-8f55-4a58-9a6f-2a8a7d1e0c11');
    expect(partner?.notes).toBe('ä ß <script>');
    await db.delete();
  });

  it('indexes no personal field in any version', () => {
    for (const migration of migrations) {
      for (const [table, spec] of Object.entries(migration.stores)) {
        const fields = (spec ?? '').split(',').map((part) => part.trim().replace(/^[&*+]+/, '').replace(/^\[|\]$/g, ''));
        for (const field of fields.flatMap((f) => f.split('+'))) {
          expect(indexable.has(field), `${table}.${field} in version ${migration.version}`).toBe(true);
        }
      }
    }
  });
});
