/**
 * Which pairs of partners an agreement in force lets share which data. The matrix is built
 * once from the register; the check on referrals asks it, pair by pair, for the categories a
 * case involves.
 */
import { dataCategories, type Agreement, type DataCategory } from './agreement';
import { agreementStanding } from './agreement-status';

/** A pair of partners, order-free: "a|b" with the ids sorted. */
export function pairKey(first: string, second: string): string {
  return first < second ? `${first}|${second}` : `${second}|${first}`;
}

export interface PairCoverage {
  /** Agreements in force that bind both partners. */
  agreementIds: string[];
  /** The categories any of them covers, in the list's order. */
  categories: DataCategory[];
}

/** A pair an agreement in force covers, with the two partners it joins. */
export interface CoveredPair extends PairCoverage {
  partnerIds: readonly [string, string];
}

export type CoverageMatrix = ReadonlyMap<string, CoveredPair>;

const uncovered: PairCoverage = { agreementIds: [], categories: [] };

/** Every pair bound by at least one agreement in force today, with what it may share. */
export function buildCoverageMatrix(agreements: readonly Agreement[], today: string): CoverageMatrix {
  const cells = new Map<string, { partnerIds: [string, string]; agreementIds: string[]; categories: Set<DataCategory> }>();
  for (const agreement of agreements) {
    if (agreement.deletedAt !== null || !agreementStanding(agreement, today).inForce) continue;
    const parties = [...new Set(agreement.parties.map((party) => party.partnerId))];
    for (let i = 0; i < parties.length; i += 1) {
      for (let j = i + 1; j < parties.length; j += 1) {
        const key = pairKey(parties[i]!, parties[j]!);
        const cell = cells.get(key) ?? { partnerIds: [parties[i]!, parties[j]!], agreementIds: [], categories: new Set<DataCategory>() };
        cell.agreementIds.push(agreement.id);
        for (const category of agreement.dataCategories) cell.categories.add(category);
        cells.set(key, cell);
      }
    }
  }
  const matrix = new Map<string, CoveredPair>();
  for (const [key, cell] of cells) {
    matrix.set(key, {
      partnerIds: cell.partnerIds,
      agreementIds: cell.agreementIds,
      categories: dataCategories.filter((category) => cell.categories.has(category)),
    });
  }
  return matrix;
}

export function pairCoverage(matrix: CoverageMatrix, first: string, second: string): PairCoverage {
  if (first === second) return uncovered;
  return matrix.get(pairKey(first, second)) ?? uncovered;
}

/** A pair of a case's partners and the categories no agreement in force lets them share. */
export interface CoverageGap {
  partnerIds: [string, string];
  missing: DataCategory[];
}

/** Each pair of distinct partners, once, in the order the partners are given. */
export function partnerPairs(partnerIds: readonly string[]): [string, string][] {
  const unique = [...new Set(partnerIds.filter(Boolean))];
  const pairs: [string, string][] = [];
  for (let i = 0; i < unique.length; i += 1) {
    for (let j = i + 1; j < unique.length; j += 1) pairs.push([unique[i]!, unique[j]!]);
  }
  return pairs;
}

/** The gaps among a case's partners for the categories it involves (pairs with none missing are left out). */
export function coverageGaps(partnerIds: readonly string[], needed: readonly DataCategory[], matrix: CoverageMatrix): CoverageGap[] {
  return partnerPairs(partnerIds)
    .map(([first, second]): CoverageGap => {
      const covered = pairCoverage(matrix, first, second).categories;
      return { partnerIds: [first, second], missing: needed.filter((category) => !covered.includes(category)) };
    })
    .filter((gap) => gap.missing.length > 0);
}

/** Each (pair, category) of a gap list, as "a|b:category" keys. */
function gapKeys(gaps: readonly CoverageGap[]): Set<string> {
  return new Set(gaps.flatMap((gap) => gap.missing.map((category) => `${pairKey(...gap.partnerIds)}:${category}`)));
}

/**
 * What a change opens that was not open before and has not been acknowledged: the gaps
 * the coordinator must be warned about. A gap that already existed (an agreement expired
 * since) is shown on the case page, but does not hold up an unrelated edit.
 */
export function newCoverageGaps(before: readonly CoverageGap[], after: readonly CoverageGap[], acknowledged: readonly CoverageGap[]): CoverageGap[] {
  const known = new Set([...gapKeys(before), ...gapKeys(acknowledged)]);
  return after
    .map((gap) => ({ ...gap, missing: gap.missing.filter((category) => !known.has(`${pairKey(...gap.partnerIds)}:${category}`)) }))
    .filter((gap) => gap.missing.length > 0);
}

/** Whether acknowledgements already cover every missing category of a gap. */
export function isAcknowledged(gap: CoverageGap, acknowledged: readonly CoverageGap[]): boolean {
  return newCoverageGaps([], [gap], acknowledged).length === 0;
}
