import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ids, rowsAt } from './rows';
import { createDatabaseAt, openAt, upgradeTo } from './support';

/**
 * Only the retention part of 011 is checked here: the audit trail's own upgrade in the same
 * migration has its own expectations, so audit and settings rows are not compared.
 */
describe('migration 011: retention and deletion', () => {
  it('indexes cases by the day their retention runs from, and adds the holds and erasures tables, empty', async () => {
    const before = rowsAt[10];
    const after = await upgradeTo(await createDatabaseAt(10, before), 11);
    expect(after.schema['referrals']).toBe(
      'id, [leadPartnerId+receivedOn], [status+receivedOn], &caseCode, caseYear, deletedAt, *involvedPartnerIds, leadPartnerId, nextReviewOn, receivedOn, referringPartnerId, retentionFrom, status, updatedAt',
    );
    expect(after.schema['retentionHolds']).toBe('id, deletedAt, recordId, until');
    expect(after.schema['erasures']).toBe('id, caseYear, createdAt, deletedAt, parentId, table');
    expect(after.rows['retentionHolds']).toStrictEqual([]);
    expect(after.rows['erasures']).toStrictEqual([]);
  });

  it('works out when a closed or not-taken-on case’s retention runs from, leaves open cases without one, and changes nothing else about them', async () => {
    const before = rowsAt[10];
    const after = await upgradeTo(await createDatabaseAt(10, before), 11);
    const [open, closed, signposted] = before.referrals;
    expect(after.rows['referrals']).toStrictEqual([
      // Open: untouched, so the index leaves it out.
      open,
      // Closed on 2 March 2026; the 6-month review done on 4 September, the 12-month one never
      // done (so its due day, 2 March 2027, counts); the removed review does not count.
      { ...closed, retentionFrom: '2027-03-02' },
      // Signposted elsewhere on 4 March 2026: that decision's day.
      { ...signposted, retentionFrom: '2026-03-04' },
    ]);
    expect(after.rows['referralEvents']).toStrictEqual(before.referralEvents);
    const { referrals: _referrals, referralEvents: _events, audit: _audit, settings: _settings, ...others } = before;
    for (const [store, rows] of Object.entries(others)) expect(after.rows[store], store).toStrictEqual(rows);
  });

  it('finds the ended cases through the new index, oldest retention start first', async () => {
    const name = await createDatabaseAt(10, rowsAt[10]);
    const db = await openAt(name, 11);
    try {
      expect(await db.table('referrals').orderBy('retentionFrom').primaryKeys()).toEqual([ids.signpostedReferral, ids.closedReferral]);
      expect(await db.table('referrals').where('retentionFrom').belowOrEqual('2026-12-31').primaryKeys()).toEqual([ids.signpostedReferral]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
