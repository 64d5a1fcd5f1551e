import { describe, expect, it } from 'vitest';
import { rowsAt } from './rows';
import { createDatabaseAt, upgradeTo } from './support';

describe('migration 004: agreements, disclosures and coverage acknowledgements', () => {
  it('adds the agreement stores to a version-3 database and keeps every row exactly', async () => {
    const before = rowsAt[3];
    const after = await upgradeTo(await createDatabaseAt(3, before), 4);
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
      agreements: 'id, deletedAt, endDate, reviewDate, startDate, status, updatedAt',
      disclosures: 'id, agreementId, deletedAt, referralId, sharedOn',
      coverageAcknowledgements: 'id, deletedAt, referralId',
    });
    expect(after.rows).toStrictEqual({ ...before, agreements: [], disclosures: [], coverageAcknowledgements: [] });
  });
});
