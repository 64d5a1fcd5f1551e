import { describe, expect, it } from 'vitest';
import { ids, rowsAt } from './rows';
import { createDatabaseAt, openAt, upgradeTo } from './support';
import Dexie from 'dexie';

describe('migration 007: indexes for lists that read only what they show', () => {
  it('adds the compound and review indexes, gives each case its next review date, and changes nothing else', async () => {
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
    const { referrals, ...others } = after.rows;
    const { referrals: _before, ...othersBefore } = before;
    expect(others).toStrictEqual(othersBefore);
    // Written out in full: the date and nothing else; revision and updatedAt stay (bookkeeping, not a change).
    expect(referrals).toStrictEqual([
      {
        id: ids.referral,
        caseCode: 'RT-2026-0001',
        caseYear: 2026,
        caseNumber: 1,
        initials: 'J.K.',
        ageBand: '16_17',
        gender: 'not_stated',
        area: 'Nordstadt',
        referringPartnerId: ids.police,
        referringContactId: ids.kim,
        receivedOn: '2026-02-20',
        leadPartnerId: ids.cityCouncil,
        involvedPartnerIds: [ids.cityCouncil, ids.police],
        concernTypes: ['right_wing', 'racism'],
        vulnerabilities: ['online_exposure', 'isolation'],
        summary: 'Teilt einschlägige Inhalte in Klassenchats; Rückzug aus dem Sportverein.',
        consent: 'obtained',
        consentFrom: 'Erziehungsberechtigte',
        consentOn: '2026-02-22',
        consentJustification: '',
        riskLevel: 'medium',
        riskAssessedOn: '2026-02-25',
        status: 'panel',
        outcome: null,
        closedOn: null,
        createdAt: '2026-02-02T09:15:00.000Z',
        updatedAt: '2026-03-05T16:40:12.345Z',
        deletedAt: null,
        revision: 1,
        // A panel discussion on its timeline, no review.
        nextReviewOn: null,
      },
      {
        id: ids.closedReferral,
        caseCode: 'RT-2026-0002',
        caseYear: 2026,
        caseNumber: 2,
        initials: 'M.',
        ageBand: '16_17',
        gender: 'not_stated',
        area: 'Nordstadt',
        referringPartnerId: ids.police,
        referringContactId: ids.kim,
        receivedOn: '2026-02-20',
        leadPartnerId: ids.cityCouncil,
        involvedPartnerIds: [ids.cityCouncil, ids.police],
        concernTypes: ['right_wing', 'racism'],
        vulnerabilities: ['online_exposure', 'isolation'],
        summary: 'Gewaltverherrlichende Beiträge; Unterstützung durch die Jugendhilfe abgeschlossen.',
        consent: 'obtained',
        consentFrom: 'Erziehungsberechtigte',
        consentOn: '2026-02-22',
        consentJustification: '',
        riskLevel: 'medium',
        riskAssessedOn: '2026-02-25',
        status: 'closed',
        outcome: 'support_completed',
        closedOn: '2026-03-02',
        createdAt: '2026-02-02T09:15:00.000Z',
        updatedAt: '2026-03-05T16:40:12.345Z',
        deletedAt: null,
        revision: 1,
        // The 12-month review: the 6-month one is done, and the earlier one was removed.
        nextReviewOn: '2027-03-02',
      },
    ]);
    // What the next version starts from.
    expect(after.rows).toStrictEqual(rowsAt[7]);
  });

  it('finds the cases whose review is due through the new index', async () => {
    const name = await createDatabaseAt(6, rowsAt[6]);
    const db = await openAt(name, 7);
    try {
      expect(await db.table('referrals').where('nextReviewOn').belowOrEqual('2027-03-01').primaryKeys()).toEqual([]);
      expect(await db.table('referrals').where('nextReviewOn').belowOrEqual('2027-03-02').primaryKeys()).toEqual([ids.closedReferral]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
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
