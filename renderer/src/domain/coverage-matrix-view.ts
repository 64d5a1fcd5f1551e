/**
 * What the coverage matrix shows, as pure functions of the partners and the coverage matrix
 * (agreement-coverage.ts: every covered pair, built in one pass over the agreements). All of
 * it is linear in partners plus covered pairs, never partners², except the grid's cells,
 * which are only built for a grid small enough to read (`gridLimit`).
 */
import type { Agreement } from './agreement';
import { pairKey, type CoverageMatrix, type PairCoverage } from './agreement-coverage';
import { agreementStanding } from './agreement-status';
import type { Partner } from './partner';
import { sectorCodes, type SectorCode } from './sectors';
import { matchesQuery } from './text';

/** More partners than this make a grid nobody can read: the page lists pairs instead. */
export const gridLimit = 40;

/** Partners party to an agreement in force (the default), or every current partner. */
export type MatrixScope = 'in_force' | 'all';

export interface MatrixFilter {
  sector: SectorCode | '';
  /** Part of a partner's name or short name (case and accents ignored). */
  name: string;
  scope: MatrixScope;
  /** The partner whose pairs are listed; '' for none. */
  partnerId: string;
}

export const noMatrixFilter: MatrixFilter = { sector: '', name: '', scope: 'in_force', partnerId: '' };

/** The partners that take part in at least one covered pair. */
export function partnersInForce(matrix: CoverageMatrix): Set<string> {
  const ids = new Set<string>();
  for (const { partnerIds } of matrix.values()) {
    ids.add(partnerIds[0]);
    ids.add(partnerIds[1]);
  }
  return ids;
}

const sectorOrder = new Map<string, number>(sectorCodes.map((code, index) => [code, index]));

/**
 * The partners the matrix can show, before the sector and name filter, in sector order (the
 * vocabulary's) and by name within a sector. Archived partners never; former ones only while
 * an agreement in force still binds them.
 */
export function scopePartners(
  partners: readonly Partner[],
  inForce: ReadonlySet<string>,
  scope: MatrixScope,
  label: (partner: Partner) => string,
  compare: (a: string, b: string) => number,
): Partner[] {
  return partners
    .filter((partner) => partner.deletedAt === null && (inForce.has(partner.id) || (scope === 'all' && partner.status !== 'former')))
    .map((partner) => ({ partner, label: label(partner), order: sectorOrder.get(partner.sector) ?? sectorCodes.length }))
    .sort((a, b) => a.order - b.order || compare(a.label, b.label))
    .map(({ partner }) => partner);
}

/** The partners of one sector and whose name or short name contains `name`, order kept. */
export function filterMatrixPartners(partners: readonly Partner[], filter: Pick<MatrixFilter, 'sector' | 'name'>): Partner[] {
  return partners.filter((partner) => (!filter.sector || partner.sector === filter.sector) && matchesQuery(filter.name, partner.name, partner.shortName));
}

export interface SectorRun<T> {
  sector: SectorCode;
  items: T[];
}

/** Consecutive partners of the same sector as one group (the list must be in sector order). */
export function groupBySector<T>(items: readonly T[], sectorOf: (item: T) => SectorCode): SectorRun<T>[] {
  const groups: SectorRun<T>[] = [];
  for (const item of items) {
    const sector = sectorOf(item);
    const last = groups.at(-1);
    if (last?.sector === sector) last.items.push(item);
    else groups.push({ sector, items: [item] });
  }
  return groups;
}

export interface CoverageSummary {
  /** Partners among those given that share at least one covered pair with another of them. */
  partners: number;
  /** Pairs among those given that an agreement in force covers. */
  coveredPairs: number;
  /** Every pair among those given. */
  pairs: number;
}

/** How far coverage reaches within a set of partners: one pass over the covered pairs. */
export function coverageSummary(partnerIds: readonly string[], matrix: CoverageMatrix): CoverageSummary {
  const within = new Set(partnerIds);
  const involved = new Set<string>();
  let coveredPairs = 0;
  for (const {
    partnerIds: [first, second],
  } of matrix.values()) {
    if (!within.has(first) || !within.has(second)) continue;
    coveredPairs += 1;
    involved.add(first);
    involved.add(second);
  }
  return { partners: involved.size, coveredPairs, pairs: (within.size * (within.size - 1)) / 2 };
}

/** For each partner, with how many of the partners given it has a covered pair. */
export function coveredCounts(partnerIds: readonly string[], matrix: CoverageMatrix): Map<string, number> {
  const within = new Set(partnerIds);
  const counts = new Map<string, number>();
  for (const {
    partnerIds: [first, second],
  } of matrix.values()) {
    if (!within.has(first) || !within.has(second)) continue;
    counts.set(first, (counts.get(first) ?? 0) + 1);
    counts.set(second, (counts.get(second) ?? 0) + 1);
  }
  return counts;
}

/** For each partner, how many agreements in force today bind it. */
export function agreementsInForceByPartner(agreements: readonly Agreement[], today: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const agreement of agreements) {
    if (agreement.deletedAt !== null || !agreementStanding(agreement, today).inForce) continue;
    for (const partnerId of new Set(agreement.parties.map((party) => party.partnerId))) counts.set(partnerId, (counts.get(partnerId) ?? 0) + 1);
  }
  return counts;
}

export interface PartnerPairs {
  covered: { partner: Partner; coverage: PairCoverage }[];
  uncovered: Partner[];
}

/** One partner against each of `others` (itself left out), in their order: covered or not. */
export function pairsOf(partnerId: string, others: readonly Partner[], matrix: CoverageMatrix): PartnerPairs {
  const result: PartnerPairs = { covered: [], uncovered: [] };
  for (const partner of others) {
    if (partner.id === partnerId) continue;
    const coverage = matrix.get(pairKey(partnerId, partner.id));
    if (coverage) result.covered.push({ partner, coverage });
    else result.uncovered.push(partner);
  }
  return result;
}

export type GridCell = { kind: 'self' } | { kind: 'gap' } | { kind: 'covered'; coverage: PairCoverage };

const selfCell: GridCell = { kind: 'self' };
const gapCell: GridCell = { kind: 'gap' };

/** Every cell of the grid, row by row, each a map lookup: for grids up to `gridLimit` partners. */
export function gridCells(partners: readonly Pick<Partner, 'id'>[], matrix: CoverageMatrix): GridCell[][] {
  return partners.map((row) =>
    partners.map((column): GridCell => {
      if (row.id === column.id) return selfCell;
      const coverage = matrix.get(pairKey(row.id, column.id));
      return coverage ? { kind: 'covered', coverage } : gapCell;
    }),
  );
}
