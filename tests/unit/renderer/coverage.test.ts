import { describe, expect, it } from 'vitest';
import { computeCoverage, coverageSummary } from '../../../renderer/src/domain/coverage';
import { exampleNetwork } from '../../../renderer/src/domain/example-network';
import { partnerInputSchema, type Partner } from '../../../renderer/src/domain/partner';
import { sectorCodes } from '../../../renderer/src/domain/sectors';

function stored(sector: Partner['sector'], status: Partner['status'], deletedAt: string | null = null): Partner {
  return {
    id: crypto.randomUUID(),
    createdAt: '',
    updatedAt: '',
    deletedAt,
    revision: 1,
    name: `${sector} ${status}`,
    shortName: '',
    sector,
    status,
    role: '',
    joinedOn: '',
    notes: '',
  };
}

describe('network coverage', () => {
  it('reports every recommended sector as missing for an empty network', () => {
    const coverage = computeCoverage([]);
    expect(coverage.map((entry) => entry.sector)).toEqual([...sectorCodes]);
    expect(coverageSummary(coverage)).toEqual({ covered: 0, prospective: 0, missing: 18, total: 18 });
  });

  it('distinguishes covered, only prospective and missing', () => {
    const coverage = computeCoverage([
      stored('police', 'active'),
      stored('police', 'prospective'),
      stored('mental_health', 'prospective'),
      stored('youth', 'former'),
      stored('school', 'active', '2026-01-01T00:00:00.000Z'),
    ]);
    const bySector = Object.fromEntries(coverage.map((entry) => [entry.sector, entry]));
    expect(bySector.police).toMatchObject({ state: 'covered', activeCount: 1, prospectiveCount: 1, group: 'core' });
    expect(bySector.mental_health).toMatchObject({ state: 'prospective', activeCount: 0, group: 'growth' });
    // a former partner and an archived one do not cover their sector
    expect(bySector.youth?.state).toBe('missing');
    expect(bySector.school?.state).toBe('missing');
  });

  it('the example network is valid, fictional and leaves gaps to show', () => {
    for (const language of ['de', 'en'] as const) {
      const partners = exampleNetwork(language);
      expect(partners.length).toBeGreaterThanOrEqual(12);
      for (const partner of partners) {
        expect(() => partnerInputSchema.parse(partner)).not.toThrow();
        for (const contact of partner.contacts ?? []) expect(contact.email === '' || contact.email?.endsWith('example.org')).toBe(true);
      }
      const coverage = computeCoverage(partners.map((partner) => stored(partner.sector as Partner['sector'], partner.status as Partner['status'])));
      const states = Object.fromEntries(coverage.map((entry) => [entry.sector, entry.state]));
      expect(states.mental_health).toBe('missing');
      expect(states.religious).toBe('prospective');
      expect(states.police).toBe('covered');
    }
  });
});
