import { describe, expect, it } from 'vitest';
import { rowsAt } from './rows';
import { createDatabaseAt, upgradeTo } from './support';

describe('migration 005: meeting time zones', () => {
  it('gives every stored meeting the computer’s zone at upgrade time and changes nothing else', async () => {
    const before = rowsAt[4];
    const after = await upgradeTo(await createDatabaseAt(4, before), 5);
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
    // This suite runs in Berlin and in New York: the zone is whichever the computer had.
    const zone = process.env.TZ;
    expect(['Europe/Berlin', 'America/New_York']).toContain(zone);
    expect(after.rows).toStrictEqual({ ...before, meetings: before.meetings.map((meeting) => ({ ...meeting, timeZone: zone })) });
  });
});
