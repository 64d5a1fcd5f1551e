import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createVault } from '../../../../renderer/src/storage/vault';
import { RoundtableDb } from '../../../../renderer/src/storage/db';
import { createBackupService } from '../../../../renderer/src/storage/backup/automatic';
import { BackupError } from '../../../../renderer/src/storage/backup/backup-error';
import { readBackupHeader, decodeBackup } from '../../../../renderer/src/storage/backup/verify';
import { createSettingsRepository } from '../../../../renderer/src/storage/repositories/settings';
import { declareMigrations, latestVersion } from '../../../../renderer/src/storage/migrations';
import { storedSchemaVersion } from '../../../../renderer/src/storage/open';
import type { UnlockedSession } from '../../../../renderer/src/storage/vault';
import { appVersion, lightCost, smallKeyedDb, storedRows, type KeyedDb } from './backup-helpers';
import { fakeHost, type FakeHostOptions } from './backup-service-helpers';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const clean of cleanup.splice(0)) await clean();
});

const now = () => new Date('2026-12-01T09:30:00Z');

/** An unlocked session's vault, as the service sees it. */
function unlockedVault(session: UnlockedSession) {
  return {
    getState: () => ({ status: 'unlocked' as const }),
    subscribe: () => () => undefined,
    session: () => session,
    adoptRestored: () => undefined,
  };
}

async function serviceFor(kind: 'desktop' | 'web', options: FakeHostOptions = {}) {
  const keyed: KeyedDb = await smallKeyedDb();
  cleanup.push(() => keyed.db.delete());
  const fake = fakeHost(kind, options);
  const settings = createSettingsRepository(keyed.db);
  const service = createBackupService({ db: keyed.db, vault: unlockedVault(keyed.session), settings, host: async () => fake.host, now });
  return { keyed, fake, settings, service };
}

describe('backing up on request', () => {
  it('desktop: writes into the folder, and records the last backup as verified', async () => {
    const { keyed, fake, settings, service } = await serviceFor('desktop', { folder: '/media/backups' });
    const last = await service.backUpNow();
    expect(last).toEqual({
      at: '2026-12-01T09:30:00.000Z',
      fileName: 'roundtable-backup-2026-12-01T09-30-00Z-manual.rtbackup',
      kind: 'manual',
      location: 'folder',
      verified: true,
    });
    expect(await settings.get('lastBackup')).toEqual(last);
    // No schedule set: the default schedule's longest period goes with the write, for the rotation.
    expect(fake.calls.maxAges).toEqual([36]);
    const file = fake.files.get(last.fileName)!;
    const verified = await decodeBackup(file.data, { kind: 'session', session: keyed.session }, { appVersion });
    expect(verified.preview.kind).toBe('manual');
  });

  it('desktop without a folder: asks for one, then for where to save; both cancelled, nothing is kept or recorded', async () => {
    const { fake, settings, service } = await serviceFor('desktop', { choose: 'cancelled', save: 'cancelled' });
    const refused = await service.backUpNow().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BackupError);
    expect(refused).toMatchObject({ problem: 'safeguardCancelled', details: { kind: 'manual' } });
    expect(fake.calls.choose).toBe(1);
    expect(fake.calls.saves).toHaveLength(1);
    expect(await settings.get('lastBackup')).toBeUndefined();
  });

  it('desktop: a folder chosen when asked is used', async () => {
    const { fake, service } = await serviceFor('desktop', { choose: 'chosen' });
    expect((await service.backUpNow()).location).toBe('folder');
    expect(fake.files.size).toBe(1);
  });

  it('desktop: a failing write is a writeFailed error with the host’s words, and nothing is recorded', async () => {
    const { settings, service } = await serviceFor('desktop', { folder: '/media/backups', writeFails: 'The disk of the backup folder is full.' });
    await expect(service.backUpNow()).rejects.toMatchObject({ problem: 'writeFailed', details: { reason: 'The disk of the backup folder is full.' } });
    expect(await settings.get('lastBackup')).toBeUndefined();
  });

  it('web: "Download a backup" downloads the file under its backup name and records it', async () => {
    const { fake, settings, service } = await serviceFor('web');
    const last = await service.download();
    expect(fake.calls.saves).toHaveLength(1);
    expect(fake.calls.saves[0]!.suggestedName).toBe('roundtable-backup-2026-12-01T09-30-00Z-manual.rtbackup');
    expect(readBackupHeader(fake.calls.saves[0]!.data, appVersion).kind).toBe('manual');
    expect(await settings.get('lastBackup')).toEqual({ ...last, location: 'download', verified: true });
  });
});

describe('the daily backup', () => {
  it('is written when the folder holds none from today, and not again the same day', async () => {
    const { fake, service } = await serviceFor('desktop', { folder: '/media/backups' });
    await service.dailyCheck();
    await service.dailyCheck();
    expect([...fake.files.values()].map((file) => file.kind)).toEqual(['daily']);
    expect(service.getState().failure).toBeNull();
  });

  it('is not made without a folder, nor in a browser', async () => {
    for (const kind of ['desktop', 'web'] as const) {
      const { fake, service } = await serviceFor(kind);
      await service.dailyCheck();
      expect(fake.files.size + fake.calls.saves.length + fake.calls.choose).toBe(0);
    }
  });
});

describe('before a restore', () => {
  it('backs up the current data, or skips an empty database', async () => {
    const { fake, service } = await serviceFor('desktop', { folder: '/media/backups' });
    await service.protectCurrentData();
    expect([...fake.files.values()].map((file) => file.kind)).toEqual(['pre-restore']);
    expect(service.getState().safeguards.map((backup) => backup.kind)).toEqual(['pre-restore']);
  });
});

/** A database as schema 6 had it, encrypted, with its keyring: what an update finds. */
async function encryptedAtVersion6(): Promise<{ name: string; keyed: KeyedDb }> {
  const keyed = await smallKeyedDb();
  const rows = await storedRows(keyed.db);
  await keyed.db.delete();
  const name = `test-v6-${crypto.randomUUID()}`;
  const v6 = new Dexie(name);
  declareMigrations(v6, 6);
  await v6.open();
  // Only the stores version 6 had: a table added later (risk pictures, version 9) is empty anyway.
  const storesAt6 = new Set(v6.tables.map((table) => table.name));
  for (const [store, stored] of Object.entries(rows))
    if (storesAt6.has(store)) await v6.table(store).bulkAdd(stored.map((row) => JSON.parse(JSON.stringify(row)) as unknown));
  v6.close();
  cleanup.push(() => Dexie.delete(name));
  return { name, keyed };
}

describe('the safeguard before a schema migration (with the vault)', () => {
  it('backs up the database at its old version before it is migrated, and records it once unlocked', async () => {
    const { name, keyed } = await encryptedAtVersion6();
    const db = new RoundtableDb(name);
    const fake = fakeHost('desktop', { folder: '/media/backups' });
    const vault = createVault(db, { now, cost: lightCost });
    const service = createBackupService({ db, vault, settings: createSettingsRepository(db), host: async () => fake.host, now });
    vault.setSafeguard(service.safeguard);
    const stop = service.startSchedule();
    cleanup.push(async () => {
      stop();
      db.close();
    });
    await vault.start();
    expect(vault.migrationPending()).toBe(true);
    await vault.unlock(keyed.passphrase);

    const files = [...fake.files.values()];
    expect(files[0]!.kind).toBe('pre-migration');
    expect(readBackupHeader(files[0]!.data, appVersion).schemaVersion).toBe(6);
    expect(await storedSchemaVersion(name)).toBe(latestVersion);
    await expect.poll(() => createSettingsRepository(db).get('lastBackup')).toMatchObject({ kind: 'pre-migration', verified: true });
  });

  it('does not migrate when no place for the backup is chosen, and says why', async () => {
    const { name, keyed } = await encryptedAtVersion6();
    const db = new RoundtableDb(name);
    const fake = fakeHost('desktop', { choose: 'cancelled', save: 'cancelled' });
    const vault = createVault(db, { now, cost: lightCost });
    const service = createBackupService({ db, vault, settings: createSettingsRepository(db), host: async () => fake.host, now });
    vault.setSafeguard(service.safeguard);
    cleanup.push(async () => db.close());
    await vault.start();
    await expect(vault.unlock(keyed.passphrase)).rejects.toMatchObject({ problem: 'safeguardCancelled', details: { kind: 'pre-migration' } });
    expect(await storedSchemaVersion(name)).toBe(6);
    expect(db.isOpen()).toBe(false);
  });
});

describe('the safeguard before the conversion (with the vault)', () => {
  async function plaintextDatabase() {
    const keyed = await smallKeyedDb();
    await keyed.db.delete();
    const { generateCity } = await import('../../../../scripts/bench/city/city');
    const city = generateCity(0.002);
    const db = new RoundtableDb(`test-${crypto.randomUUID()}`);
    await db.open();
    for (const table of city.tables) {
      if (table.store === 'settings') await db.table(table.store).bulkPut(table.rows.filter((row) => (row as { key: string }).key !== 'auditHead'));
      else await db.table(table.store).bulkPut(table.rows.slice(0, 3));
    }
    const audit = await db.audit.orderBy('seq').last();
    await db.settings.put({ key: 'auditHead', value: { seq: audit!.seq, hash: audit!.hash } });
    const rows = await storedRows(db);
    db.close();
    cleanup.push(() => db.delete());
    return { db, rows };
  }

  it('web: downloads the plaintext data encrypted with the chosen passphrase before converting', async () => {
    const { db } = await plaintextDatabase();
    const fake = fakeHost('web');
    const vault = createVault(db, { now, cost: lightCost });
    const service = createBackupService({ db, vault, settings: createSettingsRepository(db), host: async () => fake.host, now });
    vault.setSafeguard(service.safeguard);
    service.startSchedule();
    await vault.start();
    expect(vault.getState().status).toBe('unencrypted');
    const { recoveryKey } = await vault.setUp('chosen passphrase');
    const saved = fake.calls.saves[0]!;
    expect(saved.suggestedName).toMatch(/-pre-conversion\.rtbackup$/);
    const header = readBackupHeader(saved.data, appVersion);
    expect(header).toMatchObject({ kind: 'pre-conversion', encrypted: false });
    const verified = await decodeBackup(saved.data, { kind: 'recoveryKey', recoveryKey }, { appVersion });
    expect(verified.preview.records.partners.live).toBe(3);
    expect(service.getState().safeguards).toMatchObject([{ kind: 'pre-conversion', location: 'download' }]);
    await expect.poll(() => createSettingsRepository(db).get('lastBackup')).toMatchObject({ kind: 'pre-conversion', location: 'download' });
  });

  it('desktop: without a place for the backup the data stays as it was, unconverted', async () => {
    const { db, rows: before } = await plaintextDatabase();
    const fake = fakeHost('desktop', { choose: 'cancelled', save: 'cancelled' });
    const vault = createVault(db, { now, cost: lightCost });
    const service = createBackupService({ db, vault, settings: createSettingsRepository(db), host: async () => fake.host, now });
    vault.setSafeguard(service.safeguard);
    await vault.start();
    await expect(vault.setUp('chosen passphrase')).rejects.toMatchObject({ problem: 'safeguardCancelled', details: { kind: 'pre-conversion' } });
    // Refused before the database was even opened (nor migrated): it is as it was.
    expect(db.isOpen()).toBe(false);
    await db.open();
    expect(await storedRows(db)).toEqual(before);
    expect(vault.getState().status).toBe('unencrypted');
    db.close();
  });
});

describe('the platform’s refusals', () => {
  it('pass through with their reason, for the UI to say in the user’s language', async () => {
    const { PlatformError } = await import('../../../../renderer/src/platform/types');
    const { keyed, fake, service } = await serviceFor('desktop', { folder: '/media/backups' });
    fake.host.backups!.write = async () => {
      throw new PlatformError('failed', 'The disk of the backup folder is full.', [], 'diskFull');
    };
    await expect(service.backUpNow()).rejects.toMatchObject({ name: 'PlatformError', reason: 'diskFull' });
    expect(keyed.db.isOpen()).toBe(true);
  });
});
