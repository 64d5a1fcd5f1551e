import { describe, expect, it } from 'vitest';
import { agreementInputSchema, type Agreement, type AgreementInput } from '../../../renderer/src/domain/agreement';
import { buildCoverageMatrix, coverageGaps, newCoverageGaps, pairCoverage, isAcknowledged } from '../../../renderer/src/domain/agreement-coverage';
import { agreementStanding } from '../../../renderer/src/domain/agreement-status';
import { casePartnerIds, referralDataCategories } from '../../../renderer/src/domain/referral-data-categories';
import { parseMessage } from '../../../renderer/src/domain/validation';

const today = '2026-03-10';
const schema = agreementInputSchema(() => today);

function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: crypto.randomUUID(),
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    revision: 1,
    title: 'Schule–Polizei',
    parties: [
      { partnerId: 'school', role: 'separate_controller' },
      { partnerId: 'police', role: 'separate_controller' },
    ],
    purpose: 'Prävention',
    legalBases: ['dsgvo_6_1_e', 'bdsg_22'],
    legalBasisOther: '',
    dataCategories: ['identity', 'ideology_beliefs'],
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

const validInput = (overrides: Partial<AgreementInput> = {}): AgreementInput => {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, revision: _r, ...data } = agreement();
  return { ...data, ...overrides };
};

function issueKeys(input: AgreementInput): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), (parseMessage(issue.message) as { key: string }).key]));
}

describe('agreement status from dates', () => {
  it('an active agreement past its end date shows as expired and covers nothing', () => {
    const standing = agreementStanding(agreement({ endDate: '2026-03-09' }), today);
    expect(standing).toMatchObject({ status: 'expired', inForce: false, reviewOverdue: false });
    // the last day itself still counts
    expect(agreementStanding(agreement({ endDate: today }), today)).toMatchObject({ status: 'active', inForce: true });
  });

  it('past its review date it stays in force but is flagged overdue; within 30 days it is due', () => {
    expect(agreementStanding(agreement({ reviewDate: '2026-03-09' }), today)).toMatchObject({
      status: 'active',
      inForce: true,
      reviewOverdue: true,
      reviewDueSoon: false,
    });
    expect(agreementStanding(agreement({ reviewDate: today }), today)).toMatchObject({ reviewOverdue: false, reviewDueSoon: true });
    expect(agreementStanding(agreement({ reviewDate: '2026-04-09' }), today)).toMatchObject({ reviewDueSoon: true });
    expect(agreementStanding(agreement({ reviewDate: '2026-04-10' }), today)).toMatchObject({ reviewDueSoon: false, reviewOverdue: false });
  });

  it('drafts, terminated agreements and ones not yet started are not in force and never flagged', () => {
    expect(agreementStanding(agreement({ status: 'draft', reviewDate: '2026-01-02' }), today)).toMatchObject({
      status: 'draft',
      inForce: false,
      reviewOverdue: false,
    });
    expect(agreementStanding(agreement({ status: 'terminated', endDate: '2026-01-02' }), today)).toMatchObject({ status: 'terminated', inForce: false });
    expect(agreementStanding(agreement({ startDate: '2026-04-01' }), today)).toMatchObject({ inForce: false, notYetStarted: true });
    expect(agreementStanding(agreement({ status: 'under_review' }), today)).toMatchObject({ status: 'under_review', inForce: true });
  });
});

describe('agreement form rules', () => {
  it('accepts a complete agreement, and its own output', () => {
    const parsed = schema.parse(validInput());
    expect(schema.parse(parsed)).toEqual(parsed);
  });

  it('needs two different parties, a legal basis, a category, and a review not before the start', () => {
    expect(issueKeys(validInput({ parties: [{ partnerId: 'school', role: 'joint_controller' }] }))).toMatchObject({ parties: 'partiesRequired' });
    expect(
      issueKeys(
        validInput({
          parties: [
            { partnerId: 'school', role: 'joint_controller' },
            { partnerId: 'school', role: 'joint_controller' },
          ],
        }),
      ),
    ).toMatchObject({ 'parties.1.partnerId': 'duplicateParty' });
    expect(issueKeys(validInput({ legalBases: [] }))).toMatchObject({ legalBases: 'legalBasisRequired' });
    expect(issueKeys(validInput({ dataCategories: [] }))).toMatchObject({ dataCategories: 'categoryRequired' });
    expect(issueKeys(validInput({ reviewDate: '2025-12-31', endDate: '2025-12-01' }))).toMatchObject({ reviewDate: 'beforeStart', endDate: 'beforeStart' });
    expect(issueKeys(validInput({ startDate: '', reviewDate: '2026-02-30' }))).toMatchObject({ startDate: 'required', reviewDate: 'date' });
  });

  it('special-category data needs an Art. 9 condition or a described one', () => {
    expect(issueKeys(validInput({ legalBases: ['dsgvo_6_1_e'] }))).toMatchObject({ legalBases: 'specialCategoryBasis' });
    expect(issueKeys(validInput({ legalBases: ['dsgvo_6_1_e'], legalBasisOther: 'Landesgesetz §5' }))).toEqual({});
    expect(issueKeys(validInput({ legalBases: ['dsgvo_6_1_e'], dataCategories: ['identity', 'criminal_offence'] }))).toEqual({});
  });

  it('an active agreement must be signed; a draft need not; signing dates are not in the future', () => {
    expect(issueKeys(validInput({ signatories: [] }))).toMatchObject({ signatories: 'signatureRequired' });
    expect(issueKeys(validInput({ signatories: [], status: 'draft' }))).toEqual({});
    expect(issueKeys(validInput({ signatories: [{ name: 'A', organisation: '', role: '', signedOn: '2026-03-11' }] }))).toMatchObject({
      'signatories.0.signedOn': 'futureDate',
    });
  });
});

describe('coverage', () => {
  it('a pair is covered, in both directions, by the categories of the agreements in force binding both', () => {
    const matrix = buildCoverageMatrix(
      [
        agreement(),
        agreement({ dataCategories: ['identity', 'health'], legalBases: ['bdsg_22'] }),
        agreement({ dataCategories: ['family'], status: 'draft' }),
        agreement({ dataCategories: ['contact'], endDate: '2026-01-31' }),
        agreement({ dataCategories: ['education'], deletedAt: '2026-02-01T00:00:00Z' }),
      ],
      today,
    );
    expect(pairCoverage(matrix, 'school', 'police').categories).toEqual(['identity', 'health', 'ideology_beliefs']);
    expect(pairCoverage(matrix, 'police', 'school').agreementIds).toHaveLength(2);
    expect(pairCoverage(matrix, 'school', 'youth').categories).toEqual([]);
    expect(pairCoverage(matrix, 'school', 'school').categories).toEqual([]);
  });

  it('an agreement of three parties covers each of its three pairs', () => {
    const matrix = buildCoverageMatrix([agreement({ parties: ['a', 'b', 'c'].map((partnerId) => ({ partnerId, role: 'joint_controller' as const })) })], today);
    expect([pairCoverage(matrix, 'a', 'b'), pairCoverage(matrix, 'b', 'c'), pairCoverage(matrix, 'c', 'a')].every((cell) => cell.categories.length === 2)).toBe(
      true,
    );
  });

  it("a case's gaps are the pairs and categories no agreement covers; only new, unacknowledged ones need a warning", () => {
    const matrix = buildCoverageMatrix([agreement()], today);
    const before = coverageGaps(['school', 'police'], ['identity', 'ideology_beliefs'], matrix);
    expect(before).toEqual([]);
    const after = coverageGaps(['school', 'police', 'youth'], ['identity', 'ideology_beliefs', 'health'], matrix);
    expect(after).toEqual([
      { partnerIds: ['school', 'police'], missing: ['health'] },
      { partnerIds: ['school', 'youth'], missing: ['identity', 'ideology_beliefs', 'health'] },
      { partnerIds: ['police', 'youth'], missing: ['identity', 'ideology_beliefs', 'health'] },
    ]);
    expect(newCoverageGaps(after, after, [])).toEqual([]);
    const acknowledged = [
      { partnerIds: ['youth', 'school'] as [string, string], missing: ['identity' as const, 'ideology_beliefs' as const, 'health' as const] },
    ];
    expect(newCoverageGaps(before, after, acknowledged).map((gap) => gap.partnerIds)).toEqual([
      ['school', 'police'],
      ['police', 'youth'],
    ]);
    expect(isAcknowledged(after[1]!, acknowledged)).toBe(true);
    expect(isAcknowledged(after[0]!, acknowledged)).toBe(false);
  });
});

describe('data categories of a referral', () => {
  it('derives identity always, beliefs from extremism, offences from gangs and drugs, health from mental health', () => {
    expect(referralDataCategories({ concernTypes: ['right_wing'], vulnerabilities: [] })).toEqual(['identity', 'ideology_beliefs']);
    expect(referralDataCategories({ concernTypes: ['gangs', 'drugs'], vulnerabilities: ['mental_health', 'family', 'bullying'] })).toEqual([
      'identity',
      'health',
      'criminal_offence',
      'family',
    ]);
    expect(referralDataCategories({ concernTypes: ['islamist', 'organised_crime'], vulnerabilities: ['online_exposure'] })).toEqual([
      'identity',
      'criminal_offence',
      'ideology_beliefs',
    ]);
  });

  it("a case's partners are referring, lead and involved, each once", () => {
    expect(casePartnerIds({ referringPartnerId: 'a', leadPartnerId: '', involvedPartnerIds: ['b', 'a', 'c'] })).toEqual(['a', 'b', 'c']);
  });
});
