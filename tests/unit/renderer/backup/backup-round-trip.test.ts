import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBackupFile } from '../../../../renderer/src/storage/backup/make-backup';
import { decodeBackup } from '../../../../renderer/src/storage/backup/verify';
import { restoreBackup } from '../../../../renderer/src/storage/backup/restore';
import { createSealedCodec } from '../../../../renderer/src/storage/sealed-codec';
import { hmacDigest } from '../../../../renderer/src/domain/audit-chain';
import { deriveSessionKeys } from '../../../../renderer/src/crypto/session-keys';
import type { Keyring } from '../../../../renderer/src/crypto/keyring';
import { createPartnerRepository } from '../../../../renderer/src/storage/repositories/partners';
import { createAuditRepository } from '../../../../renderer/src/storage/audit';
import type { RoundtableDb } from '../../../../renderer/src/storage/db';
import { appVersion, cityKeyedDb, emptyKeyedDb, storedRows, type KeyedDb } from './backup-helpers';

const open: RoundtableDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function track(keyed: KeyedDb): KeyedDb {
  open.push(keyed.db);
  return keyed;
}

/** The vault as restore sees it: the target's session, and adopting installs the restored keys on the database. */
function vaultOf(target: KeyedDb) {
  return {
    session: () => target.session,
    adoptRestored: vi.fn((keyring: Keyring, dataKey: Uint8Array) => {
      const keys = deriveSessionKeys(dataKey);
      target.session = { keyring, keys };
      target.db.codec = createSealedCodec(keys.records);
      target.db.auditDigest = hmacDigest(keys.audit);
    }),
  };
}

describe('backup and restore', () => {
  it('round-trips the bench city into a fresh database of another installation: every table identical, and the app reads it', { timeout: 60_000 }, async () => {
    const source = track(await cityKeyedDb(0.002));
    const before = await storedRows(source.db);
    const { bytes } = await makeBackupFile({ source: source.db, session: source.session, kind: 'manual', appVersion, now: new Date() });

    const target = track(await emptyKeyedDb('another passphrase'));
    const verified = await decodeBackup(bytes, { kind: 'passphrase', passphrase: source.passphrase }, { appVersion });
    expect(verified.preview.records.partners.live).toBe(8);
    expect(verified.preview.auditEntries).toBe(before['audit']!.length);
    const vault = vaultOf(target);
    const protectCurrentData = vi.fn(async () => undefined);
    await restoreBackup(verified, { db: target.db, vault, protectCurrentData });

    expect(protectCurrentData).toHaveBeenCalledOnce();
    expect(vault.adoptRestored).toHaveBeenCalledOnce();
    expect(await storedRows(target.db)).toEqual(before);
    const partners = await createPartnerRepository(target.db).list();
    expect(partners.length).toBe(8);
    expect((await createAuditRepository(target.db).verify()).chain).toEqual({ ok: true, count: before['audit']!.length });
  });
});
