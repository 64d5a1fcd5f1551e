/**
 * A backup made after a case was deleted: it verifies (the erased audit entries check through
 * their commitments and have the shape the check expects), holds nothing of the case, and
 * restores with the deletion on record.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Keyring } from '../../../../renderer/src/crypto/keyring';
import { deriveSessionKeys } from '../../../../renderer/src/crypto/session-keys';
import { hmacDigest } from '../../../../renderer/src/domain/audit-chain';
import { createSealedCodec } from '../../../../renderer/src/storage/sealed-codec';
import { createAuditRepository } from '../../../../renderer/src/storage/audit';
import { makeBackupFile } from '../../../../renderer/src/storage/backup/make-backup';
import { restoreBackup } from '../../../../renderer/src/storage/backup/restore';
import { decodeBackup } from '../../../../renderer/src/storage/backup/verify';
import type { RoundtableDb } from '../../../../renderer/src/storage/db';
import { createRecordStores } from '../../../../renderer/src/storage/record-store';
import { createErasureRepository } from '../../../../renderer/src/storage/repositories/erasure';
import { createExampleNetworkRepository } from '../../../../renderer/src/storage/repositories/example-network';
import { appVersion, emptyKeyedDb, storedRows } from './backup-helpers';

const open: RoundtableDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('a backup after a deletion', () => {
  it('verifies, holds nothing of the deleted case, and restores with the deletion on record', { timeout: 60_000 }, async () => {
    const source = await emptyKeyedDb();
    open.push(source.db);
    const now = new Date('2026-03-10T09:00:00.000Z');
    await createExampleNetworkRepository(source.db, () => now).load('de', 'Europe/Berlin');
    const stores = createRecordStores(source.db, () => '2026-03-10');
    const [referral] = await stores.referrals.list();
    await createErasureRepository(
      source.db,
      () => now,
      () => '2026-03-10',
    ).eraseCase(referral!.id, referral!.revision, { reason: 'request', note: 'Antrag nach Art. 17' });

    const { bytes } = await makeBackupFile({ source: source.db, session: source.session, kind: 'manual', appVersion, now });
    const verified = await decodeBackup(bytes, { kind: 'passphrase', passphrase: source.passphrase }, { appVersion });
    expect(verified.preview.records.referrals.live).toBe(0);

    const target = await emptyKeyedDb(source.passphrase);
    open.push(target.db);
    const before = await storedRows(source.db);
    await restoreBackup(verified, {
      db: target.db,
      // As the vault does: the restored keys are installed on the database.
      vault: {
        session: () => target.session,
        adoptRestored: vi.fn((keyring: Keyring, dataKey: Uint8Array) => {
          const keys = deriveSessionKeys(dataKey);
          target.session = { keyring, keys };
          target.db.codec = createSealedCodec(keys.records);
          target.db.auditDigest = hmacDigest(keys.audit);
        }),
      },
      protectCurrentData: async () => undefined,
    });
    expect(await storedRows(target.db)).toEqual(before);
    expect((await createAuditRepository(target.db).verify()).chain).toMatchObject({ ok: true });
    expect(await createRecordStores(target.db, () => '2026-03-10').erasures.get(referral!.id)).toMatchObject({
      caseCode: referral!.caseCode,
      reason: 'request',
    });
  });
});
