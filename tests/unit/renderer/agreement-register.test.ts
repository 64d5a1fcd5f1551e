import { afterEach, describe, expect, it } from 'vitest';
import type { Agreement, AgreementInput } from '../../../renderer/src/domain/agreement';
import { agreementStatuses } from '../../../renderer/src/domain/agreement';
import { agreementStanding, noAgreementFilter, reviewFilters, type AgreementFilter } from '../../../renderer/src/domain/agreement-status';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createAgreementRepository } from '../../../renderer/src/storage/repositories/agreements';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { largeCityAgreements } from '../../e2e/support/large-city-agreements';
import { freshDb, seedRecords } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const today = '2026-03-10';
const clock = () => new Date(`${today}T09:00:00.000Z`);

const input = (parties: string[], overrides: Partial<AgreementInput> = {}): AgreementInput => ({
  title: 'Vereinbarung',
  parties: parties.map((partnerId) => ({ partnerId, role: 'separate_controller' })),
  purpose: 'Prävention von Radikalisierung',
  legalBases: ['dsgvo_6_1_e'],
  dataCategories: ['identity'],
  startDate: '2026-01-01',
  reviewDate: '2026-06-30',
  status: 'active',
  signatories: [{ name: 'Dr. Beispiel', organisation: 'Schule', role: 'Leitung', signedOn: '2026-01-01' }],
  ...overrides,
});

describe('the register, read through the indexes a page at a time', () => {
  it('filters by status, party, pair and review, with overdue reviews first', async () => {
    db = freshDb();
    const partnerRepo = createPartnerRepository(db, clock);
    const [school, police, youth] = await Promise.all(
      ['Schule am Park', 'Polizei', 'Jugendhilfe'].map((name) => partnerRepo.create({ ...blankPartnerInput(), name, sector: 'school' })),
    );
    const repo = createAgreementRepository(db, clock, () => today);
    await repo.create(input([school!.id, police!.id], { title: 'B overdue', reviewDate: '2026-02-01' }));
    await repo.create(input([school!.id, youth!.id], { title: 'A due', reviewDate: '2026-03-20' }));
    await repo.create(input([school!.id, police!.id], { title: 'C expired', endDate: '2026-01-31' }));
    await repo.create(input([police!.id, youth!.id], { title: 'D draft', reviewDate: '2026-01-15', status: 'draft', signatories: [] }));
    const titles = async (filter: Partial<AgreementFilter>) =>
      (await repo.register({ filter: { ...noAgreementFilter, ...filter }, page: 1, pageSize: 50 })).agreements.map((agreement) => agreement.title);

    // a draft past its review date is not overdue: it is not in force
    expect(await titles({})).toEqual(['B overdue', 'D draft', 'A due', 'C expired']);
    expect(await titles({ review: 'due' })).toEqual(['B overdue', 'A due']);
    expect(await titles({ review: 'overdue' })).toEqual(['B overdue']);
    expect(await titles({ status: 'expired' })).toEqual(['C expired']);
    expect(await titles({ status: 'active' })).toEqual(['B overdue', 'A due']);
    expect(await titles({ status: 'draft' })).toEqual(['D draft']);
    expect(await titles({ partnerId: youth!.id })).toEqual(['D draft', 'A due']);
    expect(await titles({ partnerId: police!.id, otherPartnerId: school!.id })).toEqual(['B overdue', 'C expired']);
    expect(await titles({ partnerId: police!.id, otherPartnerId: school!.id, status: 'expired' })).toEqual(['C expired']);
  });

  it('agrees with the rules on every record at a city’s scale: each filter, page by page, archived agreements left out', { timeout: 60_000 }, async () => {
    db = freshDb();
    const { partners, agreements } = largeCityAgreements({ partners: 80, agreements: 300, today });
    // A few archived agreements, and review dates on today and the horizon's edges.
    const records = agreements.map((agreement, index) => ({
      ...agreement,
      deletedAt: index % 37 === 0 ? '2026-03-01T00:00:00.000Z' : null,
      reviewDate: index % 50 === 1 ? today : index % 50 === 2 ? '2026-04-09' : index % 50 === 3 ? '2026-04-10' : agreement.reviewDate,
    })) as Agreement[];
    await seedRecords(db, 'partners', partners);
    await seedRecords(db, 'agreements', records);
    const repo = createAgreementRepository(db, clock, () => today);

    // The register's rules, on whole records: standing from dates, overdue first, then review date (ties by id, as the index keeps them).
    const expected = (filter: AgreementFilter) =>
      records
        .filter((agreement) => agreement.deletedAt === null)
        .map((agreement) => ({ agreement, standing: agreementStanding(agreement, today) }))
        .filter(({ agreement, standing }) => {
          const parties = agreement.parties.map((party) => party.partnerId);
          if (filter.status && standing.status !== filter.status) return false;
          if (filter.partnerId && !parties.includes(filter.partnerId)) return false;
          if (filter.otherPartnerId && !parties.includes(filter.otherPartnerId)) return false;
          if (filter.review === 'overdue' && !standing.reviewOverdue) return false;
          if (filter.review === 'due' && !standing.reviewOverdue && !standing.reviewDueSoon) return false;
          // Lapsed: past its end date while still marked active or under review.
          if (filter.review === 'lapsed' && !(standing.status === 'expired' && agreement.status !== 'expired')) return false;
          return true;
        })
        .sort(
          (a, b) =>
            Number(b.standing.reviewOverdue) - Number(a.standing.reviewOverdue) ||
            (a.agreement.reviewDate < b.agreement.reviewDate ? -1 : a.agreement.reviewDate > b.agreement.reviewDate ? 1 : 0) ||
            (a.agreement.id < b.agreement.id ? -1 : 1),
        )
        .map(({ agreement }) => agreement.id);

    const busiest = records[5]!.parties[0]!.partnerId;
    const other = records[5]!.parties[1]!.partnerId;
    const filters: AgreementFilter[] = [];
    for (const status of ['', ...agreementStatuses] as const) {
      for (const review of reviewFilters) {
        filters.push({ ...noAgreementFilter, status, review });
        filters.push({ ...noAgreementFilter, status, review, partnerId: busiest });
      }
    }
    filters.push({ ...noAgreementFilter, partnerId: busiest, otherPartnerId: other });

    for (const filter of filters) {
      const ids: string[] = [];
      const pageSize = 40;
      let page = 1;
      for (;;) {
        const result = await repo.register({ filter, page, pageSize });
        expect(result.total).toBe(records.filter((agreement) => agreement.deletedAt === null).length);
        expect(result.first).toBe((page - 1) * pageSize);
        ids.push(...result.agreements.map((agreement) => agreement.id));
        if (page >= result.pageCount) break;
        expect(result.agreements).toHaveLength(pageSize);
        page += 1;
      }
      expect({ filter, ids }).toEqual({ filter, ids: expected(filter) });
    }
  });

  it('a page past the end shows the last page', async () => {
    db = freshDb();
    const { partners, agreements } = largeCityAgreements({ partners: 20, agreements: 45, today });
    await seedRecords(db, 'partners', partners);
    await seedRecords(db, 'agreements', agreements);
    const repo = createAgreementRepository(db, clock, () => today);
    const result = await repo.register({ filter: noAgreementFilter, page: 99, pageSize: 20 });
    expect(result).toMatchObject({ total: 45, matching: 45, page: 3, pageCount: 3, first: 40 });
    expect(result.agreements).toHaveLength(5);
  });

  it('reads for the coverage matrix exactly the agreements in force today', async () => {
    db = freshDb();
    const { partners, agreements } = largeCityAgreements({ partners: 60, agreements: 200, today });
    const records = agreements.map((agreement, index) => ({ ...agreement, deletedAt: index % 23 === 0 ? '2026-03-01T00:00:00.000Z' : null }));
    await seedRecords(db, 'partners', partners);
    await seedRecords(db, 'agreements', records);
    const repo = createAgreementRepository(db, clock, () => today);
    const inForce = records.filter((agreement) => agreement.deletedAt === null && agreementStanding(agreement as Agreement, today).inForce);
    expect(inForce.length).toBeGreaterThan(50);
    expect((await repo.inForce()).map((agreement) => agreement.id).sort()).toEqual(inForce.map((agreement) => agreement.id).sort());
  });
});
