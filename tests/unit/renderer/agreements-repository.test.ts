import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { AgreementInput } from '../../../renderer/src/domain/agreement';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { ReferralInput } from '../../../renderer/src/domain/referral';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createAgreementRepository } from '../../../renderer/src/storage/repositories/agreements';
import { AgreementMismatchError, CoverageGapError, RecordNotFoundError, ReviewRefusedError } from '../../../renderer/src/storage/errors';
import { createDisclosureRepository } from '../../../renderer/src/storage/repositories/disclosures';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createReferralRepository } from '../../../renderer/src/storage/repositories/referrals';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

let todayValue = '2026-03-10';

async function setup() {
  db = freshDb();
  todayValue = '2026-03-10';
  const clock = () => new Date(`${todayValue}T09:00:00.000Z`);
  const today = () => todayValue;
  const partnerRepo = createPartnerRepository(db, clock);
  const [school, police, youth] = await Promise.all(
    ['Schule am Park', 'Polizei', 'Jugendhilfe'].map((name) => partnerRepo.create({ ...blankPartnerInput(), name, sector: 'school' })),
  );
  return {
    school: school!,
    police: police!,
    youth: youth!,
    agreements: createAgreementRepository(db, clock, today),
    referrals: createReferralRepository(db, clock, today),
    disclosures: createDisclosureRepository(db, clock, today),
    audit: createAuditRepository(db, clock),
  };
}

const agreementInput = (a: string, b: string, overrides: Partial<AgreementInput> = {}): AgreementInput => ({
  title: 'Schule und Polizei',
  parties: [
    { partnerId: a, role: 'separate_controller' },
    { partnerId: b, role: 'separate_controller' },
  ],
  purpose: 'Prävention von Radikalisierung',
  legalBases: ['dsgvo_6_1_e', 'bdsg_22'],
  dataCategories: ['identity', 'ideology_beliefs'],
  startDate: '2026-01-01',
  reviewDate: '2026-04-01',
  status: 'active',
  signatories: [{ name: 'Dr. Beispiel', organisation: 'Schule', role: 'Leitung', signedOn: '2026-01-01' }],
  ...overrides,
});

const referralInput = (referringPartnerId: string, overrides: Partial<ReferralInput> = {}): ReferralInput => ({
  ageBand: '16_17',
  referringPartnerId,
  receivedOn: '2026-03-01',
  concernTypes: ['right_wing'],
  riskLevel: 'medium',
  ...overrides,
});

describe('agreement repository', () => {
  it('stores an agreement with its audit entry about the agreement, and records each change old → new', async () => {
    const { agreements, audit, school, police } = await setup();
    const created = await agreements.create(agreementInput(school.id, police.id));
    await agreements.update(created.id, created.revision, { ...agreementInput(school.id, police.id), reviewDate: '2026-05-01' });
    const entries = await audit.listFor(created.id);
    expect(entries.map((entry) => [entry.entity, entry.action])).toEqual([
      ['agreement', 'create'],
      ['agreement', 'update'],
    ]);
    expect(entries[1]!.changes).toEqual([{ field: 'reviewDate', old: '2026-04-01', new: '2026-05-01' }]);
    expect(await audit.verify()).toMatchObject({ chain: { ok: true }, unaudited: [] });
  });

  it('refuses an invalid agreement or an unknown party and stores nothing', async () => {
    const { agreements, audit, school } = await setup();
    const entries = (await audit.listAll()).length;
    await expect(agreements.create(agreementInput(school.id, school.id))).rejects.toBeInstanceOf(ZodError);
    await expect(agreements.create(agreementInput(school.id, 'no-such-partner'))).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await agreements.list()).toEqual([]);
    expect(await audit.listAll()).toHaveLength(entries);
  });

  it('a recorded review sets the next review date and makes the agreement active again', async () => {
    const { agreements, school, police } = await setup();
    const created = await agreements.create(agreementInput(school.id, police.id, { status: 'under_review' }));
    await expect(agreements.recordReview(created.id, created.revision, '2026-03-10')).rejects.toBeInstanceOf(ReviewRefusedError);
    const reviewed = await agreements.recordReview(created.id, created.revision, '2027-03-10');
    expect(reviewed).toMatchObject({ status: 'active', reviewDate: '2027-03-10' });
  });
});

describe('the check on referrals', () => {
  it('refuses a case whose partners no agreement covers, storing nothing, until the gap is acknowledged with a reason', async () => {
    const { referrals, audit, school, youth, disclosures } = await setup();
    const input = referralInput(school.id, { leadPartnerId: youth.id, vulnerabilities: ['mental_health'] });
    const entriesBefore = (await audit.listAll()).length;
    const refusal = await referrals.create(input).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CoverageGapError);
    expect((refusal as CoverageGapError).gaps).toEqual([{ partnerIds: [school.id, youth.id], missing: ['identity', 'health', 'ideology_beliefs'] }]);
    expect(await referrals.hasAny()).toBe(false);
    expect(await audit.listAll()).toHaveLength(entriesBefore);
    await expect(referrals.create(input, { acknowledgement: '   ' })).rejects.toBeInstanceOf(CoverageGapError);

    const referral = await referrals.create(input, { acknowledgement: 'Akute Gefährdung, Jugendhilfe muss sofort handeln' });
    const [acknowledgement] = await disclosures.acknowledgementsFor(referral.id);
    expect(acknowledgement).toMatchObject({ reason: 'Akute Gefährdung, Jugendhilfe muss sofort handeln', by: 'Toni Exempel (Präventionsstelle)' });
    const entries = (await audit.listFor(referral.id)).filter((entry) => entry.action !== 'event');
    expect(entries.map((entry) => [entry.entity, entry.action])).toEqual([
      ['referral', 'create'],
      ['coverageAcknowledgement', 'acknowledge'],
    ]);
    expect(entries[1]!.changes[0]).toMatchObject({ field: 'coverageGaps', new: { reason: 'Akute Gefährdung, Jugendhilfe muss sofort handeln' } });
  });

  it('lets covered partners work together, and warns when a third partner without an agreement is added', async () => {
    const { referrals, agreements, school, police, youth } = await setup();
    await agreements.create(agreementInput(school.id, police.id));
    const referral = await referrals.create(referralInput(school.id, { leadPartnerId: police.id }));
    const withYouth = referralInput(school.id, { leadPartnerId: police.id, involvedPartnerIds: [youth.id] });
    const refusal = (await referrals.update(referral.id, referral.revision, withYouth).catch((error: unknown) => error)) as CoverageGapError;
    expect(refusal.gaps.map((gap) => gap.partnerIds)).toEqual([
      [school.id, youth.id],
      [police.id, youth.id],
    ]);
    expect((await referrals.get(referral.id))!.referral.involvedPartnerIds).toEqual([]);
    // a new category on a covered pair is a new gap too
    await expect(
      referrals.update(referral.id, referral.revision, referralInput(school.id, { leadPartnerId: police.id, concernTypes: ['right_wing', 'drugs'] })),
    ).rejects.toBeInstanceOf(CoverageGapError);
  });

  it('does not hold up an unrelated edit once an agreement has expired, nor ask twice for an acknowledged gap', async () => {
    const { referrals, agreements, school, police, youth } = await setup();
    await agreements.create(agreementInput(school.id, police.id, { endDate: '2026-03-31' }));
    const referral = await referrals.create(referralInput(school.id, { leadPartnerId: police.id }));
    todayValue = '2026-04-15';
    const edited = await referrals.update(referral.id, referral.revision, referralInput(school.id, { leadPartnerId: police.id, summary: 'Neue Info' }));
    expect(edited).toMatchObject({ summary: 'Neue Info' });
    const acknowledged = await referrals.update(
      referral.id,
      edited.revision,
      referralInput(school.id, { leadPartnerId: police.id, involvedPartnerIds: [youth.id] }),
      { acknowledgement: 'Notfall' },
    );
    await expect(
      referrals.update(
        referral.id,
        acknowledged.revision,
        referralInput(school.id, { leadPartnerId: police.id, involvedPartnerIds: [youth.id], summary: 'x' }),
      ),
    ).resolves.toBeDefined();
  });
});

describe('disclosure log', () => {
  it('logs a disclosure under an agreement binding both partners, audited, and refuses one under an agreement that does not', async () => {
    const { referrals, agreements, disclosures, audit, school, police, youth } = await setup();
    const isa = await agreements.create(agreementInput(school.id, police.id));
    const referral = await referrals.create(referralInput(school.id, { leadPartnerId: police.id }));
    const entry = {
      sharedOn: '2026-03-09',
      fromPartnerId: school.id,
      toPartnerId: police.id,
      dataCategories: ['identity' as const],
      description: 'Gesprächsnotiz',
      purpose: 'Fallkonferenz',
      consent: 'with_consent' as const,
      agreementId: isa.id,
    };
    await disclosures.add(referral.id, entry);
    await expect(disclosures.add(referral.id, { ...entry, toPartnerId: youth.id })).rejects.toBeInstanceOf(AgreementMismatchError);
    await expect(disclosures.add(referral.id, { ...entry, agreementId: '' })).rejects.toBeInstanceOf(ZodError);
    await disclosures.add(referral.id, { ...entry, sharedOn: '2026-03-05', toPartnerId: youth.id, agreementId: '', noAgreementReason: 'Gefahr im Verzug' });
    const log = await disclosures.listFor(referral.id);
    expect(log.map((d) => [d.sharedOn, d.recordedBy])).toEqual([
      ['2026-03-05', 'Toni Exempel (Präventionsstelle)'],
      ['2026-03-09', 'Toni Exempel (Präventionsstelle)'],
    ]);
    expect((await audit.listFor(referral.id)).filter((e) => e.action === 'disclose')).toHaveLength(2);
    expect(await audit.verify()).toMatchObject({ chain: { ok: true }, unaudited: [] });
  });
});

describe('archived partners', () => {
  it('an agreement stays editable after a party is archived, but an archived partner cannot become a new party', async () => {
    const { agreements, school, police, youth } = await setup();
    const created = await agreements.create(agreementInput(school.id, police.id));
    await createPartnerRepository(db, () => new Date('2026-03-10T09:00:00.000Z')).archive(police.id, police.revision);
    await expect(agreements.update(created.id, created.revision, { ...agreementInput(school.id, police.id), status: 'terminated' })).resolves.toMatchObject({
      status: 'terminated',
    });
    await createPartnerRepository(db, () => new Date('2026-03-10T09:00:00.000Z')).archive(youth.id, youth.revision);
    await expect(agreements.create(agreementInput(school.id, youth.id))).rejects.toThrow(youth.id);
  });
});
