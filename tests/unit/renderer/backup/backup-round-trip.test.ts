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
import { changedTables as changedBy008 } from '../../../../renderer/src/storage/migrations/008-partner-indexes';
import type { RecordTable } from '../../../../renderer/src/storage/tables';
import { appVersion, cityKeyedDb, emptyKeyedDb, storedRows, unlockedDb, type KeyedDb } from './backup-helpers';

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

describe('restoring other kinds of backup', () => {
  it('a backup of the data from before encryption: encrypted on restore, its chain re-keyed, nothing personal in plaintext', { timeout: 60_000 }, async () => {
    const { generateCity } = await import('../../../../scripts/bench/city/city');
    const { RoundtableDb } = await import('../../../../renderer/src/storage/db');
    const { newKeyring } = await import('./backup-helpers');
    const city = generateCity(0.002);
    const plain = new RoundtableDb(`test-${crypto.randomUUID()}`);
    open.push(plain);
    await plain.open();
    for (const table of city.tables) await plain.table(table.store).bulkPut(table.rows);
    // The conversion's safeguard: the passphrase is chosen, the data not yet converted.
    const chosen = await newKeyring('the new passphrase');
    const { bytes, header } = await makeBackupFile({ source: plain, session: chosen.session, kind: 'pre-conversion', appVersion, now: new Date() });
    expect(header.encrypted).toBe(false);

    const target = track(await emptyKeyedDb());
    const verified = await decodeBackup(bytes, { kind: 'recoveryKey', recoveryKey: chosen.recoveryKey }, { appVersion });
    expect(verified.preview.encrypted).toBe(false);
    await restoreBackup(verified, { db: target.db, vault: vaultOf(target), protectCurrentData: async () => undefined });

    const stored = await storedRows(target.db);
    for (const table of ['partners', 'referrals', 'agendaItems'] as const) {
      for (const row of stored[table]!) expect(row).toHaveProperty('sealed');
    }
    // Audit entries are sealed in their two parts (the erasable format).
    for (const row of stored.audit!) expect(row).toMatchObject({ format: 2, sealedActor: expect.any(String), sealedChanges: expect.any(String) });
    const partners = await createPartnerRepository(target.db).list();
    const expected = city.tables.find((table) => table.store === 'partners')!.rows;
    expect(partners).toEqual(expect.arrayContaining(expected.map((partner) => expect.objectContaining(partner))));
    const auditRepository = createAuditRepository(target.db);
    expect((await auditRepository.verify()).chain).toEqual({ ok: true, count: city.tables.find((table) => table.store === 'audit')!.rows.length });
    const entries = await auditRepository.listAll();
    const plainEntries = city.tables.find((table) => table.store === 'audit')!.rows as { seq: number; actorName: string; changes: unknown }[];
    expect(entries.map(({ seq, actorName, changes }) => ({ seq, actorName, changes }))).toEqual(
      plainEntries.map(({ seq, actorName, changes }) => ({ seq, actorName, changes })),
    );
    expect(await target.db.settings.get('encryption')).toMatchObject({ value: { converted: true, chainBefore: 'intact' } });
  });

  it('a backup of an older schema: migrated in a temporary database, then restored at this version', { timeout: 60_000 }, async () => {
    const Dexie = (await import('dexie')).default;
    const { declareMigrations } = await import('../../../../renderer/src/storage/migrations');
    const source = track(await cityKeyedDb(0.002));
    const current = await storedRows(source.db);
    // The same data as schema 6 had it: no nextReviewOn on cases yet (migration 7 works it out).
    const name = `test-v6-${crypto.randomUUID()}`;
    const v6 = new Dexie(name);
    declareMigrations(v6, 6);
    await v6.open();
    const storesAt6 = new Set(v6.tables.map((table) => table.name));
    for (const [store, rows] of Object.entries(current)) {
      // A table added after version 6 (risk pictures) is empty here, and v6 does not have it.
      if (!storesAt6.has(store)) continue;
      const asBefore = store === 'referrals' ? rows.map((row) => ({ ...(row as object), nextReviewOn: undefined })) : rows;
      await v6.table(store).bulkAdd(asBefore.map((row) => JSON.parse(JSON.stringify(row)) as unknown));
    }
    v6.close();
    // As the pre-migration safeguard reads it: dynamic mode, nothing upgraded.
    const raw = new Dexie(name);
    await raw.open();
    const { bytes, header } = await makeBackupFile({ source: raw, session: source.session, kind: 'pre-migration', appVersion, now: new Date() });
    raw.close();
    expect(header.schemaVersion).toBe(6);
    // What the app's own update makes of that database in place: the restore must give the same.
    const inPlace = unlockedDb(source.session, name);
    open.push(inPlace);
    await inPlace.open();
    const migrated = await storedRows(inPlace);
    expect(migrated['referrals']!.every((row) => 'nextReviewOn' in (row as object))).toBe(true);

    const verified = await decodeBackup(bytes, { kind: 'session', session: source.session }, { appVersion });
    expect(verified.preview).toMatchObject({ schemaVersion: 6, migrated: true });
    const target = track(await emptyKeyedDb());
    target.session = source.session; // the same installation, restoring its own backup
    await restoreBackup(verified, { db: target.db, vault: vaultOf(target), protectCurrentData: async () => undefined });
    // Migration 8 re-seals the rows of the tables it indexes anew (a fresh nonce each time):
    // those are compared as the app reads them, with the same plaintext beside them.
    const restored = await storedRows(target.db);
    const codec = createSealedCodec(source.session.keys.records);
    const opened = (table: string, rows: unknown[]) => rows.map((row) => codec.decode(table as RecordTable, row));
    const unsealed = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), sealed: undefined }));
    for (const table of Object.keys(migrated)) {
      if (!(changedBy008 as readonly string[]).includes(table)) expect(restored[table], table).toEqual(migrated[table]);
      else {
        expect(opened(table, restored[table]!), table).toEqual(opened(table, migrated[table]!));
        expect(unsealed(restored[table]!), table).toEqual(unsealed(migrated[table]!));
      }
    }
    expect(Object.keys(restored)).toEqual(Object.keys(migrated));
    expect((await indexedDB.databases()).filter((database) => database.name?.startsWith('roundtable-restore-'))).toEqual([]);
  });
});

describe('restore, all or nothing', () => {
  it('keeps the passphrase in use now when the backup was made with the same keyring (an older passphrase)', { timeout: 60_000 }, async () => {
    const { rewrapForPassphrase } = await import('../../../../renderer/src/crypto/keyring');
    const { smallKeyedDb, lightCost } = await import('./backup-helpers');
    const keyed = track(await smallKeyedDb('the old passphrase'));
    const { bytes } = await makeBackupFile({ source: keyed.db, session: keyed.session, kind: 'manual', appVersion, now: new Date() });
    const changed = await rewrapForPassphrase(keyed.session.keyring, keyed.dataKey, 'the new passphrase', new Date(), lightCost);
    keyed.session = { ...keyed.session, keyring: changed };
    await keyed.db.settings.put({ key: 'keyring', value: changed });
    const verified = await decodeBackup(bytes, { kind: 'passphrase', passphrase: 'the old passphrase' }, { appVersion });
    const vault = vaultOf(keyed);
    await restoreBackup(verified, { db: keyed.db, vault, protectCurrentData: async () => undefined });
    expect(vault.adoptRestored).not.toHaveBeenCalled();
    expect((await keyed.db.settings.get('keyring'))?.value).toEqual(changed);
  });

  it(
    'a restore that fails midway leaves the database as it was; so does a backup of the current data that could not be made',
    { timeout: 60_000 },
    async () => {
      const { smallKeyedDb } = await import('./backup-helpers');
      const source = track(await smallKeyedDb());
      const { bytes } = await makeBackupFile({ source: source.db, session: source.session, kind: 'manual', appVersion, now: new Date() });
      const target = track(await cityKeyedDb(0.002));
      const before = await storedRows(target.db);

      const refused = await decodeBackup(bytes, { kind: 'passphrase', passphrase: source.passphrase }, { appVersion });
      const vault = vaultOf(target);
      await expect(
        restoreBackup(refused, {
          db: target.db,
          vault,
          protectCurrentData: async () => {
            throw new Error('no place for the backup');
          },
        }),
      ).rejects.toThrow('no place for the backup');
      expect(await storedRows(target.db)).toEqual(before);

      // The last store written (settings) gets a key twice: IndexedDB refuses it after every other store was replaced.
      const verified = await decodeBackup(bytes, { kind: 'passphrase', passphrase: source.passphrase }, { appVersion });
      const settings = verified.snapshot.tables.get('settings')!;
      settings.push(settings.find((row) => (row as { key: string }).key === 'language'));
      await expect(restoreBackup(verified, { db: target.db, vault, protectCurrentData: async () => undefined })).rejects.toThrow();
      expect(vault.adoptRestored).not.toHaveBeenCalled();
      expect(await storedRows(target.db)).toEqual(before);
    },
  );
});
