import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ids, rowsAt } from './rows';
import { createDatabaseAt, openAt, upgradeTo } from './support';

describe('migration 008: a partner’s meetings, cases, disclosures and agreements through indexes', () => {
  it('adds the partner-id indexes, keeps each meeting’s invited partners and each agreement’s parties, and changes nothing else', async () => {
    const before = rowsAt[7];
    const after = await upgradeTo(await createDatabaseAt(7, before), 8);
    expect(after.schema).toStrictEqual({
      partners: 'id, deletedAt, sector, status, updatedAt',
      contacts: 'id, deletedAt, partnerId',
      settings: 'key',
      meetings: 'id, [seriesId+startsAt], deletedAt, *invitedPartnerIds, seriesId, startsAt, status, type, updatedAt',
      meetingSeries: 'id, deletedAt',
      agendaItems: 'id, deletedAt, meetingId',
      actions: 'id, [ownerPartnerId+dueDate], [status+dueDate], agendaItemId, deletedAt, dueDate, meetingId, ownerPartnerId, status',
      referrals:
        'id, [leadPartnerId+receivedOn], [status+receivedOn], &caseCode, caseYear, deletedAt, *involvedPartnerIds, leadPartnerId, nextReviewOn, receivedOn, referringPartnerId, status, updatedAt',
      referralEvents: 'id, deletedAt, dueDate, kind, referralId',
      audit: 'id, at, entityId, parentId, &seq',
      agreements: 'id, deletedAt, endDate, *partyIds, reviewDate, startDate, status, updatedAt',
      disclosures: 'id, agreementId, deletedAt, fromPartnerId, referralId, sharedOn, toPartnerId',
      coverageAcknowledgements: 'id, deletedAt, referralId',
    });
    const { meetings, agreements, ...others } = after.rows;
    const { meetings: _meetings, agreements: _agreements, ...othersBefore } = before;
    expect(others).toStrictEqual(othersBefore);
    // The meeting as version 7 stored it, plus the partners its attendees came for (the guest came for none).
    expect(meetings).toStrictEqual(before.meetings.map((meeting) => ({ ...meeting, invitedPartnerIds: [ids.cityCouncil, ids.police] })));
    expect(agreements).toStrictEqual(before.agreements.map((agreement) => ({ ...agreement, partyIds: [ids.cityCouncil, ids.police] })));
    expect(after.rows).toStrictEqual(rowsAt[8]);
  });

  it('finds a partner’s meetings, cases, disclosures and agreements through the new indexes', async () => {
    const name = await createDatabaseAt(7, rowsAt[7]);
    const db = await openAt(name, 8);
    try {
      expect(await db.table('meetings').where('invitedPartnerIds').equals(ids.police).primaryKeys()).toEqual([ids.meeting]);
      expect(await db.table('meetings').where('invitedPartnerIds').equals(ids.formerPartner).primaryKeys()).toEqual([]);
      expect((await db.table('referrals').where('involvedPartnerIds').equals(ids.police).primaryKeys()).sort()).toEqual(
        [ids.referral, ids.closedReferral].sort(),
      );
      expect(await db.table('disclosures').where('fromPartnerId').equals(ids.police).primaryKeys()).toEqual([ids.disclosure]);
      expect(await db.table('disclosures').where('toPartnerId').equals(ids.cityCouncil).primaryKeys()).toEqual([ids.disclosure]);
      expect(await db.table('agreements').where('partyIds').equals(ids.cityCouncil).primaryKeys()).toEqual([ids.agreement]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('upgrades an empty version-7 database', async () => {
    const after = await upgradeTo(await createDatabaseAt(7, {}), 8);
    expect(after.rows.meetings).toEqual([]);
  });
});
