import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { ReferralInput } from '../../../renderer/src/domain/referral';
import { maxCorrections } from '../../../renderer/src/domain/referral-correction';
import { referralRecordSchema } from '../../../renderer/src/domain/record-schemas';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { StaleRevisionError } from '../../../renderer/src/storage/errors';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createReferralRepository } from '../../../renderer/src/storage/repositories/referrals';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

async function setup({ sealed }: { sealed?: boolean } = {}) {
  db = freshDb({ sealed });
  const clock = () => new Date('2026-12-03T09:00:00.000Z');
  const today = () => '2026-12-03';
  const school = await createPartnerRepository(db, clock).create({ ...blankPartnerInput(), name: 'Schule', sector: 'school' });
  const repo = createReferralRepository(db, clock, today);
  const input = (overrides: Partial<ReferralInput> = {}): ReferralInput => ({
    ageBand: '16_17',
    area: 'Nordstadt',
    referringPartnerId: school.id,
    receivedOn: '2026-11-01',
    concernTypes: ['right_wing'],
    riskLevel: 'medium',
    ...overrides,
  });
  return { repo, input, audit: createAuditRepository(db, clock) };
}

describe('correcting a case (Art. 16)', () => {
  it('keeps the old values in the audit entry and marks the case "corrected on … because …"', async () => {
    for (const sealed of [false, true]) {
      const { repo, input, audit } = await setup({ sealed });
      const referral = await repo.create(input());
      const after = await repo.update(referral.id, referral.revision, input({ ageBand: '18_24', area: 'Südstadt' }), {
        correction: { reason: '  Alter bei der Meldung falsch übermittelt ' },
      });
      expect(after.corrections).toEqual([{ on: '2026-12-03', reason: 'Alter bei der Meldung falsch übermittelt', fields: ['ageBand', 'area'] }]);
      // Read back through the store (sealed or not): the marker is saved, not only returned.
      expect((await repo.get(referral.id))!.referral.corrections).toEqual(after.corrections);
      const entry = (await audit.listFor(referral.id)).find((candidate) => candidate.action === 'correct')!;
      expect(entry.changes).toEqual([
        { field: 'ageBand', old: '16_17', new: '18_24' },
        { field: 'area', old: 'Nordstadt', new: 'Südstadt' },
        { field: 'correctionReason', old: null, new: 'Alter bei der Meldung falsch übermittelt' },
      ]);
      expect(await audit.verify()).toMatchObject({ chain: { ok: true } });
      await db.delete();
    }
  });

  it('adds a marker per correction and none for a plain update', async () => {
    const { repo, input, audit } = await setup();
    const referral = await repo.create(input());
    const changed = await repo.update(referral.id, referral.revision, input({ riskLevel: 'high' }));
    expect(changed.corrections).toEqual([]);
    const first = await repo.update(referral.id, changed.revision, input({ riskLevel: 'high', area: 'Südstadt' }), {
      correction: { reason: 'Gebiet verwechselt' },
    });
    const second = await repo.update(referral.id, first.revision, input({ riskLevel: 'high', area: 'Südstadt', initials: 'A. B.' }), {
      correction: { reason: 'Initialen fehlten' },
    });
    expect(second.corrections.map((correction) => [correction.reason, correction.fields])).toEqual([
      ['Gebiet verwechselt', ['area']],
      ['Initialen fehlten', ['initials']],
    ]);
    expect((await audit.listFor(referral.id)).filter((entry) => entry.entity === 'referral').map((entry) => entry.action)).toEqual([
      'create',
      'update',
      'correct',
      'correct',
    ]);
  });

  it('requires a reason, and saves nothing without one', async () => {
    const { repo, input, audit } = await setup();
    const referral = await repo.create(input());
    const entries = (await audit.listFor(referral.id)).length;
    for (const reason of ['', '   ']) {
      const refused = await repo
        .update(referral.id, referral.revision, input({ area: 'Südstadt' }), { correction: { reason } })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ZodError);
      expect((refused as ZodError).issues[0]!.message).toContain('required');
    }
    const tooLong = await repo
      .update(referral.id, referral.revision, input({ area: 'Südstadt' }), { correction: { reason: 'x'.repeat(2001) } })
      .catch((error: unknown) => error);
    expect((tooLong as ZodError).issues[0]!.message).toContain('tooLong');
    expect((await repo.get(referral.id))!.referral).toMatchObject({ area: 'Nordstadt', revision: referral.revision, corrections: [] });
    expect(await audit.listFor(referral.id)).toHaveLength(entries);
  });

  it('refuses a correction based on a stale revision', async () => {
    const { repo, input } = await setup();
    const referral = await repo.create(input());
    await repo.update(referral.id, referral.revision, input({ riskLevel: 'high' }));
    await expect(
      repo.update(referral.id, referral.revision, input({ area: 'Südstadt' }), { correction: { reason: 'Gebiet verwechselt' } }),
    ).rejects.toBeInstanceOf(StaleRevisionError);
    expect((await repo.get(referral.id))!.referral).toMatchObject({ area: 'Nordstadt', corrections: [] });
  });

  it('writes nothing when a correction changes nothing', async () => {
    const { repo, input, audit } = await setup();
    const referral = await repo.create(input());
    const entries = (await audit.listFor(referral.id)).length;
    const same = await repo.update(referral.id, referral.revision, input(), { correction: { reason: 'versehentlich' } });
    expect(same).toMatchObject({ revision: referral.revision, corrections: [] });
    expect(await audit.listFor(referral.id)).toHaveLength(entries);
  });

  it('keeps the list bounded, and reads rows stored before it existed as having none', async () => {
    const schema = referralRecordSchema(() => '2026-12-03');
    const { repo, input } = await setup();
    const stored = await repo.create(input());
    const { corrections: _none, ...older } = stored;
    expect(schema.parse(older).corrections).toEqual([]);
    const one = { on: '2026-12-03', reason: 'Tippfehler', fields: ['area'] };
    expect(schema.safeParse({ ...stored, corrections: Array(maxCorrections).fill(one) }).success).toBe(true);
    const over = schema.safeParse({ ...stored, corrections: Array(maxCorrections + 1).fill(one) });
    expect(over.error?.issues[0]?.message).toContain('tooMany');
  });
});
