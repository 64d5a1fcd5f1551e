import { describe, expect, it } from 'vitest';
import { agreementInputSchema } from '../../../renderer/src/domain/agreement';
import { agreementRecordSchema, partnerRecordSchema } from '../../../renderer/src/domain/record-schemas';
import { largeCityAgreements } from '../../e2e/support/large-city-agreements';

// The benchmark and the e2e tests write these records around the app (raw IndexedDB): they
// must be records the app itself could have stored, or the pages are measured on data
// they never meet.
describe('the large-city records for benchmarks and e2e tests', () => {
  const today = '2026-04-15';
  const { partners, agreements } = largeCityAgreements({ partners: 500, agreements: 1000, today });

  it('are valid stored partners and agreements, and agreements the form would accept', { timeout: 30_000 }, () => {
    for (const partner of partners) partnerRecordSchema.parse(partner);
    const form = agreementInputSchema(() => today);
    const stored = agreementRecordSchema(() => today);
    for (const agreement of agreements) {
      stored.parse(agreement);
      const { id: _id, createdAt: _created, updatedAt: _updated, deletedAt: _deleted, revision: _revision, ...input } = agreement;
      form.parse(input);
    }
  });

  it('look like a large city: every sector, unique names, a share of partners in no agreement, most agreements in force', () => {
    expect(new Set(partners.map((partner) => partner.sector)).size).toBe(18);
    expect(new Set(partners.map((partner) => partner.name)).size).toBe(500);
    const parties = new Set(agreements.flatMap((agreement) => agreement.parties.map((party) => party.partnerId)));
    expect(parties.size).toBeLessThan(400);
    expect(agreements.filter((agreement) => agreement.status === 'active').length).toBeGreaterThan(400);
  });

  it('are the same on every run', () => {
    expect(largeCityAgreements({ partners: 500, agreements: 1000, today })).toEqual({ partners, agreements });
  });
});
