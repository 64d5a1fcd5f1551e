import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { rowsAt } from './rows';
import { createDatabaseAt, newDatabaseName, openAt, upgradeTo } from './support';

describe('migration 003: referrals, their timelines and the audit trail', () => {
  it('adds the referral and audit stores to a version-2 database and keeps every row exactly', async () => {
    const before = rowsAt[2];
    const after = await upgradeTo(await createDatabaseAt(2, before), 3);
    expect(after.schema).toStrictEqual({
      partners: 'id, deletedAt, sector, status, updatedAt',
      contacts: 'id, deletedAt, partnerId',
      settings: 'key',
      meetings: 'id, deletedAt, seriesId, startsAt, status, type, updatedAt',
      meetingSeries: 'id, deletedAt',
      agendaItems: 'id, deletedAt, meetingId',
      actions: 'id, agendaItemId, deletedAt, dueDate, meetingId, ownerPartnerId, status',
      referrals: 'id, &caseCode, caseYear, deletedAt, leadPartnerId, receivedOn, referringPartnerId, status, updatedAt',
      referralEvents: 'id, deletedAt, dueDate, kind, referralId',
      audit: 'id, at, entityId, &seq',
    });
    expect(after.rows).toStrictEqual({ ...before, referrals: [], referralEvents: [], audit: [] });
  });

  it('refuses a second case with the same case code, and a second audit entry with the same number', async () => {
    const name = newDatabaseName();
    const db = await openAt(name, 3);
    try {
      await db.table('referrals').add({ id: 'r1', caseCode: 'RT-2026-0001' });
      await expect(db.table('referrals').add({ id: 'r2', caseCode: 'RT-2026-0001' })).rejects.toThrow(Dexie.ConstraintError);
      await db.table('audit').add({ id: 'a1', seq: 1 });
      await expect(db.table('audit').add({ id: 'a2', seq: 1 })).rejects.toThrow(Dexie.ConstraintError);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
