import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { agreementInputSchema, type AgreementInput } from '../../../renderer/src/domain/agreement';
import { agreementRecordSchema } from '../../../renderer/src/domain/record-schemas';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import { parseMessage } from '../../../renderer/src/domain/validation';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createAgreementRepository } from '../../../renderer/src/storage/repositories/agreements';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const today = () => '2026-03-10';

async function setup() {
  db = freshDb();
  const clock = () => new Date('2026-03-10T09:00:00.000Z');
  const partnerRepo = createPartnerRepository(db, clock);
  const school = await partnerRepo.create({ ...blankPartnerInput(), name: 'Schule', sector: 'school' });
  const police = await partnerRepo.create({ ...blankPartnerInput(), name: 'Polizei', sector: 'police' });
  const input = (overrides: Partial<AgreementInput> = {}): AgreementInput => ({
    title: 'Schule und Polizei',
    parties: [
      { partnerId: school.id, role: 'separate_controller' },
      { partnerId: police.id, role: 'separate_controller' },
    ],
    purpose: 'Prävention',
    legalBases: ['dsgvo_6_1_e'],
    dataCategories: ['identity'],
    startDate: '2026-01-01',
    reviewDate: '2026-12-01',
    ...overrides,
  });
  return { input, agreements: createAgreementRepository(db, clock, today), audit: createAuditRepository(db, clock) };
}

const messageKey = (error: unknown) => {
  const parsed = parseMessage((error as ZodError).issues[0]?.message);
  return parsed && 'key' in parsed ? parsed.key : null;
};

describe("an agreement's retention terms in months", () => {
  it('are stored as a number, audited old → new, and an empty field means none', async () => {
    const { input, agreements, audit } = await setup();
    const created = await agreements.create(input({ retentionMonths: '24' }));
    expect(created.retentionMonths).toBe(24);
    const cleared = await agreements.update(created.id, created.revision, input({ retentionMonths: '' }));
    expect(cleared.retentionMonths).toBeNull();
    expect((await agreements.create(input())).retentionMonths).toBeNull();
    const entries = await audit.listFor(created.id);
    expect(entries.at(-1)!.changes).toContainEqual({ field: 'retentionMonths', old: 24, new: null });
  });

  it('refuse anything but a whole number from 1 to 120, with the translated message', async () => {
    const { input, agreements } = await setup();
    for (const months of ['0', '121', '1.5', 'zwölf', -3]) {
      const refused = await agreements.create(input({ retentionMonths: months })).catch((error: unknown) => error);
      expect(refused, String(months)).toBeInstanceOf(ZodError);
      expect(messageKey(refused)).toBe('retentionMonths');
    }
    expect(agreementInputSchema(today).safeParse(input({ retentionMonths: 120 })).success).toBe(true);
    expect(agreementInputSchema(today).safeParse(input({ retentionMonths: ' 1 ' })).success).toBe(true);
  });

  it('read as none on agreements stored before they existed', async () => {
    const { input, agreements } = await setup();
    const { retentionMonths: _none, ...older } = await agreements.create(input());
    expect(agreementRecordSchema(today).parse(older).retentionMonths).toBeNull();
  });
});
