import { describe, expect, it } from 'vitest';
import { rowsAt } from './rows';
import { createDatabaseAt, newDatabaseName, upgradeTo } from './support';

describe('migration 001: partners, contacts and settings', () => {
  it('creates exactly the version-1 stores on an empty database', async () => {
    const after = await upgradeTo(newDatabaseName(), 1);
    expect(after.schema).toStrictEqual({
      partners: 'id, deletedAt, sector, status, updatedAt',
      contacts: 'id, deletedAt, partnerId',
      settings: 'key',
    });
    expect(after.rows).toStrictEqual({ partners: [], contacts: [], settings: [] });
  });

  it('gives back every row written at version 1 exactly', async () => {
    const before = rowsAt[1];
    const after = await upgradeTo(await createDatabaseAt(1, before), 1);
    expect(after.rows).toStrictEqual(before);
  });
});
