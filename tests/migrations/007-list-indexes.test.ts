import { describe, expect, it } from 'vitest';
import { ids, rowsAt } from './rows';
import { createDatabaseAt, openAt, upgradeTo } from './support';
import Dexie from 'dexie';

describe('migration 007: indexes for lists that read only what they show', () => {
  it('adds the compound and review indexes and changes no row', async () => {
    const before = rowsAt[6];
    const after = await upgradeTo(await createDatabaseAt(6, before), 7);
    expect(after.schema).toStrictEqual({
      partners: 'id, deletedAt, sector, status, updatedAt',
      contacts: 'id, deletedAt, partnerId',
      settings: 'key',
      meetings: 'id, [seriesId+startsAt], deletedAt, seriesId, startsAt, status, type, updatedAt',
      meetingSeries: 'id, deletedAt',
      agendaItems: 'id, deletedAt, meetingId',
      actions: 'id, [ownerPartnerId+dueDate], [status+dueDate], agendaItemId, deletedAt, dueDate, meetingId, ownerPartnerId, status',
      referrals:
        'id, [leadPartnerId+receivedOn], [status+receivedOn], &caseCode, caseYear, deletedAt, leadPartnerId, nextReviewOn, receivedOn, referringPartnerId, status, updatedAt',
      referralEvents: 'id, deletedAt, dueDate, kind, referralId',
      audit: 'id, at, entityId, parentId, &seq',
      agreements: 'id, deletedAt, endDate, reviewDate, startDate, status, updatedAt',
      disclosures: 'id, agreementId, deletedAt, referralId, sharedOn',
      coverageAcknowledgements: 'id, deletedAt, referralId',
    });
    expect(after.rows).toStrictEqual(before);
  });

  it('finds an open action by status and due date through the new index', async () => {
    const name = await createDatabaseAt(6, rowsAt[6]);
    const db = await openAt(name, 7);
    try {
      const open = await db.table('actions').where('[status+dueDate]').between(['in_progress', Dexie.minKey], ['in_progress', Dexie.maxKey]).primaryKeys();
      expect(open).toEqual(rowsAt[6].actions.filter((action) => action.status === 'in_progress').map((action) => action.id));
      expect(open).toContain(ids.action);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('upgrades an empty version-6 database', async () => {
    const after = await upgradeTo(await createDatabaseAt(6, {}), 7);
    expect(after.rows.actions).toEqual([]);
  });
});
