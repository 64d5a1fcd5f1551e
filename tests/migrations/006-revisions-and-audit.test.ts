import { describe, expect, it } from 'vitest';
import { hashEntry } from '../../renderer/src/domain/audit-chain';
import { ids, rowsAt } from './rows';
import { createDatabaseAt, upgradeTo } from './support';

const recordStores = [
  'partners',
  'contacts',
  'meetings',
  'meetingSeries',
  'agendaItems',
  'actions',
  'referrals',
  'referralEvents',
  'agreements',
  'disclosures',
  'coverageAcknowledgements',
] as const;

/** A baseline entry as migration 006 writes it; its id, time and hash are its own. */
const baseline = (entity: string, entityId: string, parentId: string | null) => ({
  id: expect.any(String),
  seq: expect.any(Number),
  at: expect.any(String),
  actorName: 'Roundtable',
  actorOrganisation: 'database update 6',
  action: 'baseline',
  entity,
  entityId,
  parentId,
  changes: [],
  prevHash: expect.any(String),
  hash: expect.any(String),
});

describe('migration 006: revisions, parentId in the audit trail, baselines for unaudited records', () => {
  it('gives every record revision 1, indexes parentId, and chains a baseline entry for each record that had none', async () => {
    const before = rowsAt[5];
    const after = await upgradeTo(await createDatabaseAt(5, before), 6);
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
      audit: 'id, at, entityId, parentId, &seq',
      agreements: 'id, deletedAt, endDate, reviewDate, startDate, status, updatedAt',
      disclosures: 'id, agreementId, deletedAt, referralId, sharedOn',
      coverageAcknowledgements: 'id, deletedAt, referralId',
    });
    for (const store of recordStores) {
      expect(after.rows[store]).toStrictEqual(before[store].map((row) => ({ ...row, revision: 1 })));
    }

    const audit = [...(after.rows.audit as ReturnType<typeof baseline>[])].sort((a, b) => a.seq - b.seq);
    // The entries that were there stay exactly as they were, first in the chain.
    expect(audit.slice(0, 2)).toStrictEqual(before.audit);
    const added = audit.slice(2);
    // Every record but the case (it had entries already), table by table, in key order.
    expect(added).toStrictEqual([
      baseline('partner', ids.cityCouncil, null),
      baseline('partner', ids.police, null),
      baseline('partner', ids.formerPartner, null),
      baseline('contact', ids.erika, ids.cityCouncil),
      baseline('contact', ids.kim, ids.police),
      baseline('meeting', ids.meeting, null),
      baseline('meetingSeries', ids.series, null),
      baseline('agendaItem', ids.agendaCase, ids.meeting),
      baseline('agendaItem', ids.agendaRegular, ids.meeting),
      baseline('action', ids.action, ids.meeting),
      baseline('referralEvent', ids.referralEvent, ids.referral),
      baseline('agreement', ids.agreement, null),
      baseline('disclosure', ids.disclosure, ids.referral),
      baseline('coverageAcknowledgement', ids.acknowledgement, ids.referral),
    ]);
    // They go on from the stored head, numbered without gaps, each hashed and linked.
    expect(added.map((entry) => entry.seq)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    let previous = '7c9e'.repeat(16);
    for (const entry of added) {
      expect(entry.prevHash).toBe(previous);
      const { hash, ...unhashed } = entry;
      expect(hashEntry(unhashed as never)).toBe(hash);
      previous = hash;
    }
    expect(after.rows.settings).toStrictEqual(
      before.settings.map((row) => (row.key === 'auditHead' ? { key: 'auditHead', value: { seq: 16, hash: previous } } : row)),
    );
  });

  it('upgrades an empty version-5 database to an empty trail with no head', async () => {
    const after = await upgradeTo(await createDatabaseAt(5, {}), 6);
    expect(after.rows.audit).toEqual([]);
    expect(after.rows.settings).toEqual([]);
  });
});
