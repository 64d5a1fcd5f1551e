import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../renderer/src/domain/agreement';
import { buildCoverageMatrix } from '../../../renderer/src/domain/agreement-coverage';
import {
  agreementsInForceByPartner,
  coverageSummary,
  coveredCounts,
  filterMatrixPartners,
  gridCells,
  groupBySector,
  noMatrixFilter,
  pairsOf,
  partnersInForce,
  scopePartners,
  type GridCell,
  type MatrixFilter,
} from '../../../renderer/src/domain/coverage-matrix-view';
import type { Partner } from '../../../renderer/src/domain/partner';
import type { SectorCode } from '../../../renderer/src/domain/sectors';
import { matrixFilterFromParams, paramsFromMatrixFilter } from '../../../renderer/src/features/agreements/matrix-query';

const today = '2026-03-10';

function partner(id: string, name: string, sector: SectorCode, overrides: Partial<Partner> = {}): Partner {
  return {
    id,
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    revision: 1,
    name,
    shortName: '',
    sector,
    status: 'active',
    role: '',
    joinedOn: '',
    notes: '',
    ...overrides,
  };
}

function agreement(partyIds: string[], overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: crypto.randomUUID(),
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    revision: 1,
    title: partyIds.join(' – '),
    parties: partyIds.map((partnerId) => ({ partnerId, role: 'separate_controller' as const })),
    purpose: 'Prävention',
    legalBases: ['dsgvo_6_1_e'],
    legalBasisOther: '',
    dataCategories: ['identity'],
    sharingMethod: '',
    security: '',
    retentionPeriod: '',
    retentionMonths: null,
    deletionArrangements: '',
    startDate: '2026-01-01',
    reviewDate: '2026-06-30',
    endDate: '',
    signatories: [{ name: 'A', organisation: '', role: '', signedOn: '2026-01-01' }],
    status: 'active',
    documentReference: '',
    ...overrides,
  };
}

// A small city: two schools and the police share; youth work only by an expired agreement;
// an association shares nothing; a former partner still bound; an archived one bound too.
const schoolNorth = partner('s1', 'Schule Nord', 'school');
const schoolSouth = partner('s2', 'Schule Süd', 'school', { shortName: 'GS Süd' });
const police = partner('p1', 'Polizeirevier Mitte', 'police');
const youth = partner('y1', 'Jugendzentrum Altstadt', 'youth');
const association = partner('c1', 'Verein Miteinander', 'civil_society');
const former = partner('f1', 'Ehemalige Beratungsstelle', 'mental_health', { status: 'former' });
const archived = partner('a1', 'Archivierte Stelle', 'justice', { deletedAt: '2026-02-01T00:00:00Z' });
const partners = [youth, association, schoolSouth, former, police, archived, schoolNorth];
const agreements = [
  agreement(['s1', 'p1'], { dataCategories: ['identity', 'criminal_offence'] }),
  agreement(['s1', 's2', 'p1']),
  agreement(['y1', 'p1'], { endDate: '2026-02-28' }),
  agreement(['f1', 's2']),
  agreement(['a1', 's1']),
  agreement(['c1', 'p1'], { status: 'draft', signatories: [] }),
];
const matrix = buildCoverageMatrix(agreements, today);
const compare = new Intl.Collator('de').compare;
const names = (list: readonly Partner[]) => list.map((entry) => entry.name);

describe('which partners the coverage matrix shows', () => {
  it('by default those bound by an agreement in force (a former one while still bound, never an archived one), in sector order and by name', () => {
    const inForce = partnersInForce(matrix);
    expect([...inForce].sort()).toEqual(['a1', 'f1', 'p1', 's1', 's2']);
    expect(names(scopePartners(partners, inForce, 'in_force', (entry) => entry.name, compare))).toEqual([
      'Polizeirevier Mitte',
      'Schule Nord',
      'Schule Süd',
      'Ehemalige Beratungsstelle',
    ]);
  });

  it('with the toggle, every current partner too, so gaps show', () => {
    expect(names(scopePartners(partners, partnersInForce(matrix), 'all', (entry) => entry.name, compare))).toEqual([
      'Polizeirevier Mitte',
      'Schule Nord',
      'Schule Süd',
      'Verein Miteinander',
      'Jugendzentrum Altstadt',
      'Ehemalige Beratungsstelle',
    ]);
  });

  it('filters by sector and by part of the name or short name, case and accents ignored', () => {
    const all = scopePartners(partners, partnersInForce(matrix), 'all', (entry) => entry.name, compare);
    expect(names(filterMatrixPartners(all, { sector: 'school', name: '' }))).toEqual(['Schule Nord', 'Schule Süd']);
    expect(names(filterMatrixPartners(all, { sector: '', name: 'SUD' }))).toEqual(['Schule Süd']);
    expect(names(filterMatrixPartners(all, { sector: '', name: 'gs s' }))).toEqual(['Schule Süd']);
    expect(names(filterMatrixPartners(all, { sector: 'police', name: 'schule' }))).toEqual([]);
  });

  it('groups consecutive partners of a sector', () => {
    const groups = groupBySector([police, schoolNorth, schoolSouth, youth], (entry) => entry.sector);
    expect(groups.map((group) => [group.sector, names(group.items)])).toEqual([
      ['police', ['Polizeirevier Mitte']],
      ['school', ['Schule Nord', 'Schule Süd']],
      ['youth', ['Jugendzentrum Altstadt']],
    ]);
  });
});

describe('what the coverage matrix says about them', () => {
  it('sums up partners in agreements and pairs covered among a set, counting each pair once', () => {
    expect(coverageSummary(['s1', 's2', 'p1', 'y1'], matrix)).toEqual({ partners: 3, coveredPairs: 3, pairs: 6 });
    expect(coverageSummary(['s1', 'y1'], matrix)).toEqual({ partners: 0, coveredPairs: 0, pairs: 1 });
  });

  it('counts, per partner, the others it is covered with and the agreements in force that bind it', () => {
    const counts = coveredCounts(['s1', 's2', 'p1', 'y1', 'f1'], matrix);
    expect(Object.fromEntries(counts)).toEqual({ s1: 2, s2: 3, p1: 2, f1: 1 });
    expect(Object.fromEntries(agreementsInForceByPartner(agreements, today))).toEqual({ s1: 3, s2: 2, p1: 2, f1: 1, a1: 1 });
  });

  it("lists one partner's pairs: covered with categories, and the gaps, in the order given", () => {
    const { covered, uncovered } = pairsOf('p1', [police, schoolNorth, schoolSouth, association, youth], matrix);
    expect(covered.map(({ partner: other, coverage }) => [other.name, coverage.categories, coverage.agreementIds.length])).toEqual([
      ['Schule Nord', ['identity', 'criminal_offence'], 2],
      ['Schule Süd', ['identity'], 1],
    ]);
    expect(names(uncovered)).toEqual(['Verein Miteinander', 'Jugendzentrum Altstadt']);
  });

  it('builds every grid cell from the map: the diagonal, covered pairs both ways, gaps', () => {
    const kinds = (rows: GridCell[][]) => rows.map((row) => row.map((cell) => (cell.kind === 'covered' ? cell.coverage.categories.length : cell.kind)));
    expect(kinds(gridCells([police, schoolNorth, youth], matrix))).toEqual([
      ['self', 2, 'gap'],
      [2, 'self', 'gap'],
      ['gap', 'gap', 'self'],
    ]);
  });
});

describe('the matrix filter in the URL', () => {
  it('survives a round trip, and hand-edited nonsense is ignored', () => {
    const filter = { sector: 'police' as const, scope: 'all' as const, partnerId: 'p1' };
    expect(matrixFilterFromParams(paramsFromMatrixFilter(filter))).toEqual(filter);
    expect(paramsFromMatrixFilter(noMatrixFilter).toString()).toBe('');
    const { name: _name, ...noUrlFilter } = noMatrixFilter;
    expect(matrixFilterFromParams(new URLSearchParams('sector=pirates&all=yes&page=3'))).toEqual(noUrlFilter);
  });

  it('never holds the name searched for: the browser keeps every address on disk', () => {
    const shown: MatrixFilter = { sector: 'police', name: 'Jugendamt Süd', scope: 'in_force', partnerId: '' };
    const params = paramsFromMatrixFilter(shown);
    expect(params.toString()).toBe('sector=police');
    // An old link's search is not read back either.
    expect(matrixFilterFromParams(new URLSearchParams('q=Jugendamt'))).not.toHaveProperty('name');
  });
});
