/**
 * Network coverage: for every recommended sector, whether the network has an active
 * partner there, only prospective ones, or none at all. Archived and former partners
 * do not count: they are not at the table any more.
 */
import type { Partner } from './partner';
import { coreSectors, growthSectors, sectorGroup, type SectorCode, type SectorGroup } from './sectors';

export type CoverageState = 'covered' | 'prospective' | 'missing';

export interface SectorCoverage {
  sector: SectorCode;
  group: SectorGroup;
  state: CoverageState;
  activeCount: number;
  prospectiveCount: number;
}

export function computeCoverage(partners: readonly Partner[]): SectorCoverage[] {
  return [...coreSectors, ...growthSectors].map((sector) => {
    const live = partners.filter((partner) => partner.deletedAt === null && partner.sector === sector);
    const activeCount = live.filter((partner) => partner.status === 'active').length;
    const prospectiveCount = live.filter((partner) => partner.status === 'prospective').length;
    const state: CoverageState = activeCount > 0 ? 'covered' : prospectiveCount > 0 ? 'prospective' : 'missing';
    return { sector, group: sectorGroup(sector), state, activeCount, prospectiveCount };
  });
}

export function coverageSummary(coverage: readonly SectorCoverage[]) {
  return {
    covered: coverage.filter((entry) => entry.state === 'covered').length,
    prospective: coverage.filter((entry) => entry.state === 'prospective').length,
    missing: coverage.filter((entry) => entry.state === 'missing').length,
    total: coverage.length,
  };
}
