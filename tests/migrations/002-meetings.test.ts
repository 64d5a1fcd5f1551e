import { describe, expect, it } from 'vitest';
import { rowsAt } from './rows';
import { createDatabaseAt, upgradeTo } from './support';

describe('migration 002: meetings, series, agenda items and actions', () => {
  it('adds the meeting stores to a version-1 database and keeps every row exactly', async () => {
    const before = rowsAt[1];
    const after = await upgradeTo(await createDatabaseAt(1, before), 2);
    expect(after.schema).toStrictEqual({
      partners: 'id, deletedAt, sector, status, updatedAt',
      contacts: 'id, deletedAt, partnerId',
      settings: 'key',
      meetings: 'id, deletedAt, seriesId, startsAt, status, type, updatedAt',
      meetingSeries: 'id, deletedAt',
      agendaItems: 'id, deletedAt, meetingId',
      actions: 'id, agendaItemId, deletedAt, dueDate, meetingId, ownerPartnerId, status',
    });
    expect(after.rows).toStrictEqual({ ...before, meetings: [], meetingSeries: [], agendaItems: [], actions: [] });
  });
});
