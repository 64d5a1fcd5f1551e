import { describe, expect, it } from 'vitest';
import { rowsAt } from './rows';
import { createDatabaseAt, upgradeTo } from './support';

describe('migration 009: the risk picture’s editions', () => {
  it('adds the editions table, indexed by lifecycle and period only, and changes nothing else', async () => {
    const before = rowsAt[8];
    const after = await upgradeTo(await createDatabaseAt(8, before), 9);
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
      riskPictures: 'id, deletedAt, periodEnd, periodStart, previousEditionId, status, updatedAt',
    });
    const { riskPictures, ...others } = after.rows;
    expect(riskPictures).toStrictEqual([]);
    expect(others).toStrictEqual(before);
  });
});
