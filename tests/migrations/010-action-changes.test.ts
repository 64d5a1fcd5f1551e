import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ids, rowsAt } from './rows';
import { createDatabaseAt, openAt, upgradeTo } from './support';

describe('migration 010: actions by when they last changed', () => {
  it('indexes actions by updatedAt and changes no row', async () => {
    const before = rowsAt[9];
    const after = await upgradeTo(await createDatabaseAt(9, before), 10);
    expect(after.schema['actions']).toBe(
      'id, [ownerPartnerId+dueDate], [status+dueDate], agendaItemId, deletedAt, dueDate, meetingId, ownerPartnerId, status, updatedAt',
    );
    expect(after.rows).toStrictEqual({ ...before, riskPictures: [] });
  });

  it('finds the actions written since a day through the new index, for rows written before it existed', async () => {
    const name = await createDatabaseAt(9, rowsAt[9]);
    const db = await openAt(name, 10);
    try {
      const [action] = rowsAt[9].actions as { updatedAt: string }[];
      expect(await db.table('actions').where('updatedAt').aboveOrEqual(action!.updatedAt).primaryKeys()).toEqual([ids.action]);
      expect(await db.table('actions').where('updatedAt').above(action!.updatedAt).primaryKeys()).toEqual([]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
