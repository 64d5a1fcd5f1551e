import { afterEach, describe, expect, it } from 'vitest';
import deReferrals from '../../../locales/de/referrals.json';
import enReferrals from '../../../locales/en/referrals.json';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import { concernTypes, referralInputSchema, type ConcernType } from '../../../renderer/src/domain/referral';
import { referralDataCategories } from '../../../renderer/src/domain/referral-data-categories';
import { makeBackupFile } from '../../../renderer/src/storage/backup/make-backup';
import { decodeBackup } from '../../../renderer/src/storage/backup/verify';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createReferralRepository } from '../../../renderer/src/storage/repositories/referrals';
import { appVersion, emptyKeyedDb } from './backup/backup-helpers';

/** The concerns German prevention networks record, added in issue 12. */
const added = ['left_wing', 'reichsbuerger_delegitimisation', 'antisemitism', 'conspiracy_ideologies', 'foreign_related'] as const;
/** Codes stored before: they must keep validating, in records and in backups. */
const earlier = [
  'right_wing',
  'islamist',
  'misogyny_incel',
  'racism',
  'mixed_unclear',
  'other_ideology',
  'violence',
  'gangs',
  'drugs',
  'organised_crime',
] as const;

const schema = referralInputSchema(() => '2026-03-10');
const referral = (concerns: readonly string[]) => ({
  ageBand: '16_17',
  referringPartnerId: 'p',
  receivedOn: '2026-03-01',
  concernTypes: concerns,
  riskLevel: 'medium',
});

describe('concern types', () => {
  it('accept the concerns German networks use and every code stored before', () => {
    for (const code of [...added, ...earlier]) expect(schema.safeParse(referral([code])).success, code).toBe(true);
    expect(schema.safeParse(referral(['left'])).success).toBe(false);
  });

  it('have a German and an English label each', () => {
    const de: Record<string, string> = deReferrals.vocab.concerns;
    const en: Record<string, string> = enReferrals.vocab.concerns;
    expect(concernTypes.filter((code) => !de[code] || !en[code])).toEqual([]);
    expect(added.map((code) => de[code])).toEqual([
      'Linksextremismus',
      'Reichsbürger und Delegitimierung des Staates',
      'Antisemitismus',
      'Verschwörungsideologien',
      'Auslandsbezogener Extremismus',
    ]);
    expect(added.map((code) => en[code])).toEqual([
      'Left-wing extremism',
      'Reichsbürger and delegitimisation of the state',
      'Antisemitism',
      'Conspiracy ideologies',
      'Foreign-related extremism',
    ]);
  });

  it('reveal beliefs (special-category data), so sharing them needs an agreement covering beliefs', () => {
    for (const code of added)
      expect(referralDataCategories({ concernTypes: [code as ConcernType], vulnerabilities: [] }), code).toEqual(['identity', 'ideology_beliefs']);
  });
});

describe('concern types in a backup', () => {
  let db: RoundtableDb | undefined;
  afterEach(async () => db?.delete());

  it('a case with the new concerns and one with earlier codes are saved, backed up and verified as they are', { timeout: 60_000 }, async () => {
    const keyed = await emptyKeyedDb();
    db = keyed.db;
    const clock = () => new Date('2026-03-10T09:00:00.000Z');
    const school = await createPartnerRepository(db, clock).create({ ...blankPartnerInput(), name: 'Schule', sector: 'school' });
    const referrals = createReferralRepository(db, clock, () => '2026-03-10');
    const newer = await referrals.create({ ...referral(added), referringPartnerId: school.id } as Parameters<typeof referrals.create>[0]);
    const older = await referrals.create({ ...referral(['right_wing', 'organised_crime']), referringPartnerId: school.id } as Parameters<
      typeof referrals.create
    >[0]);
    expect((await referrals.get(newer.id))?.referral.concernTypes).toEqual(added);
    expect((await referrals.get(older.id))?.referral.concernTypes).toEqual(['right_wing', 'organised_crime']);

    const { bytes } = await makeBackupFile({ source: db, session: keyed.session, kind: 'manual', appVersion, now: new Date() });
    const verified = await decodeBackup(bytes, { kind: 'passphrase', passphrase: keyed.passphrase }, { appVersion });
    // Verification checks every row against the record schemas: an unknown concern would refuse the backup.
    expect(verified.preview.records.referrals.live).toBe(2);
  });
});
