import { describe, expect, it } from 'vitest';
import type { Partner } from '../../../renderer/src/domain/partner';
import { sectorCodes } from '../../../renderer/src/domain/sectors';
import { uncoveredSectors } from '../../../renderer/src/features/risk-picture/coverage-gaps';

function partner(sector: Partner['sector'], status: Partner['status'], deletedAt: string | null = null): Partner {
  return {
    id: crypto.randomUUID(),
    createdAt: '',
    updatedAt: '',
    deletedAt,
    revision: 1,
    name: sector,
    shortName: '',
    sector,
    status,
    role: '',
    joinedOn: '',
    notes: '',
  };
}

describe("the risk picture's gaps taken over from network coverage", () => {
  it('are the sectors without an active partner, as the overview finds them, in its order', () => {
    const gaps = uncoveredSectors(
      [
        partner('police', 'active'),
        partner('mental_health', 'prospective'),
        partner('youth', 'former'),
        partner('school', 'active', '2026-01-01T00:00:00.000Z'),
      ],
      [],
    );
    expect(gaps).not.toContain('police');
    // only prospective, former, or archived: not covered
    expect(gaps).toEqual(expect.arrayContaining(['mental_health', 'youth', 'school']));
    expect(gaps).toEqual(sectorCodes.filter((sector) => sector !== 'police'));
  });

  it('leave out sectors the edition already names, so taking them over twice adds nothing', () => {
    const first = uncoveredSectors([partner('police', 'active')], []);
    expect(uncoveredSectors([partner('police', 'active')], ['', ...first])).toEqual([]);
  });
});
