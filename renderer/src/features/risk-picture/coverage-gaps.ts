/**
 * Which gaps "take over the gaps in network coverage" adds: the recommended sectors the
 * overview shows as not covered (no active partner: only prospective ones, or none), in the
 * overview's order, less those the edition's gaps already name.
 */
import { computeCoverage } from '../../domain/coverage';
import type { Partner } from '../../domain/partner';
import type { SectorCode } from '../../domain/sectors';

export function uncoveredSectors(partners: readonly Partner[], named: Iterable<string>): SectorCode[] {
  const already = new Set(named);
  return computeCoverage(partners)
    .filter((entry) => entry.state !== 'covered' && !already.has(entry.sector))
    .map((entry) => entry.sector);
}
