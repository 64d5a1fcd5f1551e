/**
 * How long the check on sharing takes on a large network (`npm run bench:coverage`): the
 * coverage matrix from the register, then the gaps of every case, as the case page and
 * every referral save compute them. Prints numbers; asserts nothing.
 */
import type { Agreement } from '../renderer/src/domain/agreement';
import { dataCategories, partyRoles } from '../renderer/src/domain/agreement';
import { buildCoverageMatrix, coverageGaps } from '../renderer/src/domain/agreement-coverage';
import { referralDataCategories } from '../renderer/src/domain/referral-data-categories';
import { concernTypes, vulnerabilityFactors } from '../renderer/src/domain/referral';

const partners = Array.from({ length: 200 }, (_, index) => `partner-${index}`);
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[], count: number): T[] => Array.from({ length: count }, () => items[Math.floor(random() * items.length)]!);

const agreements: Agreement[] = Array.from({ length: 1000 }, (_, index) => ({
  id: `agreement-${index}`,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
  revision: 1,
  title: `ISA ${index}`,
  parties: pick(partners, 2 + Math.floor(random() * 4)).map((partnerId) => ({ partnerId, role: pick(partyRoles, 1)[0]! })),
  purpose: 'x',
  legalBases: ['dsgvo_6_1_e'],
  legalBasisOther: '',
  dataCategories: pick(dataCategories, 3),
  sharingMethod: '',
  security: '',
  retentionPeriod: '',
  retentionMonths: null,
  deletionArrangements: '',
  startDate: '2025-01-01',
  reviewDate: '2027-01-01',
  endDate: '',
  signatories: [],
  status: index % 10 === 0 ? 'draft' : 'active',
  documentReference: '',
}));
const cases = Array.from({ length: 10000 }, () => ({
  partnerIds: pick(partners, 2 + Math.floor(random() * 5)),
  categories: referralDataCategories({ concernTypes: pick(concernTypes, 2), vulnerabilities: pick(vulnerabilityFactors, 2) }),
}));

function time<T>(label: string, runs: number, work: () => T): T {
  let result = work();
  const started = performance.now();
  for (let run = 0; run < runs; run += 1) result = work();
  console.log(`${label}: ${((performance.now() - started) / runs).toFixed(2)} ms`);
  return result;
}

const matrix = time('coverage matrix, 200 partners × 1,000 agreements', 20, () => buildCoverageMatrix(agreements, '2026-06-01'));
console.log(`  pairs covered: ${matrix.size}`);
time('gaps of 10,000 cases (2–6 partners each)', 5, () =>
  cases.reduce((sum, entry) => sum + coverageGaps(entry.partnerIds, entry.categories, matrix).length, 0),
);
time('gaps of one case', 1000, () => coverageGaps(cases[0]!.partnerIds, cases[0]!.categories, matrix));
