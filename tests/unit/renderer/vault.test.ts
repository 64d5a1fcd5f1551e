import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WrongSecretError, RecoveryKeyFormatError } from '../../../renderer/src/crypto/keyring';
import { RoundtableDb } from '../../../renderer/src/storage/db';
import { createRecordStores, writeTransaction } from '../../../renderer/src/storage/record-store';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import { createSettingsRepository } from '../../../renderer/src/storage/repositories/settings';
import { createVault, retryDelayMs, UnlockTooSoonError, type Vault } from '../../../renderer/src/storage/vault';
import { testUser } from './storage-helpers';

const light = { memoryKiB: 64, iterations: 1, parallelism: 1 };
const names: string[] = [];
let clock = new Date('2026-12-01T09:00:00Z');

function newDb(name = `vault-${crypto.randomUUID()}`): RoundtableDb {
  names.push(name);
  return new RoundtableDb(name);
}

function vaultFor(db: RoundtableDb, failures = { count: 0 }): Vault {
  return createVault(db, { now: () => clock, cost: light, failures: { read: () => failures.count, write: (count) => (failures.count = count) } });
}

afterEach(async () => {
  for (const name of names.splice(0)) await new RoundtableDb(name).delete();
  clock = new Date('2026-12-01T09:00:00Z');
});

async function addPartner(db: RoundtableDb, notes: string) {
  const stores = createRecordStores(db, () => '2026-12-01');
  return writeTransaction(db, ['partners'], () =>
    stores.partners.insert(
      { name: 'Jugendamt', shortName: '', sector: 'youth', status: 'active', role: '', joinedOn: '', notes },
      { action: 'create', at: clock },
    ),
  );
}

/** A database as the app left it before encryption: plaintext records, a local user, an audit trail. */
async function plaintextDatabase(name: string): Promise<string> {
  const db = newDb(name);
  await db.open();
  await createSettingsRepository(db).set('localUser', testUser);
  const partner = await addPartner(db, 'Zebrafink-Notiz');
  db.close();
  return partner.id;
}

describe('the vault', () => {
  it('sets up a new database: the keyring stored, the data sealed, the recovery key returned once', async () => {
    const db = newDb();
    const vault = vaultFor(db);
    await vault.start();
    expect(vault.getState()).toEqual({ status: 'new' });
    const { recoveryKey } = await vault.setUp('ein langer Satz als Passphrase');
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
    expect(vault.getState()).toEqual({ status: 'unlocked' });
    await createSettingsRepository(db).set('localUser', testUser);
    await addPartner(db, 'Zebrafink-Notiz');
    expect(JSON.stringify(await db.partners.toArray())).not.toContain('Zebrafink');
    db.close();

    const again = vaultFor(newDb(db.name));
    await again.start();
    expect(again.getState()).toMatchObject({ status: 'locked', cause: 'start' });
  });

  it('unlocks with the passphrase, and a wrong one is refused with a growing delay that a reload does not skip', async () => {
    const db = newDb();
    const setup = vaultFor(db);
    await setup.start();
    await setup.setUp('richtige Passphrase');
    db.close();

    const failures = { count: 0 };
    let vault = vaultFor(newDb(db.name), failures);
    await vault.start();
    await expect(vault.unlock('falsch')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(vault.unlock('falsch')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(vault.unlock('falsch')).rejects.toBeInstanceOf(WrongSecretError);
    expect(vault.getState()).toMatchObject({ status: 'locked', failures: 3, retryAt: clock.getTime() + retryDelayMs(3) });
    await expect(vault.unlock('richtige Passphrase')).rejects.toBeInstanceOf(UnlockTooSoonError);

    // A reload remembers the count.
    vault = vaultFor(newDb(db.name), failures);
    await vault.start();
    expect(vault.getState()).toMatchObject({ status: 'locked', failures: 3 });
    clock = new Date(clock.getTime() + retryDelayMs(3));
    await vault.unlock('richtige Passphrase');
    expect(vault.getState()).toEqual({ status: 'unlocked' });
    expect(failures.count).toBe(0);
  });

  it('drops the keys on lock: nothing reads or writes until unlocked again', async () => {
    const db = newDb();
    const vault = vaultFor(db);
    await vault.start();
    await vault.setUp('richtige Passphrase');
    await createSettingsRepository(db).set('localUser', testUser);
    const partner = await addPartner(db, 'Zebrafink-Notiz');
    const { keys } = vault.session();
    vault.lock('idle');
    expect(vault.getState()).toMatchObject({ status: 'locked', cause: 'idle' });
    expect([...keys.records, ...keys.audit, ...keys.backup].every((byte) => byte === 0)).toBe(true);
    const stores = createRecordStores(db, () => '2026-12-01');
    await expect(stores.partners.get(partner.id)).rejects.toMatchObject({ problem: 'locked' });
    await expect(addPartner(db, 'neu')).rejects.toMatchObject({ problem: 'locked' });
    await vault.unlock('richtige Passphrase');
    expect(await stores.partners.get(partner.id)).toEqual(partner);
  });

  it('unlocks with the recovery key and a new passphrase; the old passphrase no longer works', async () => {
    const db = newDb();
    const vault = vaultFor(db);
    await vault.start();
    const { recoveryKey } = await vault.setUp('vergessene Passphrase');
    vault.lock();
    await expect(vault.unlockWithRecoveryKey('ABCD-EFGH', 'neu')).rejects.toBeInstanceOf(RecoveryKeyFormatError);
    await vault.unlockWithRecoveryKey(recoveryKey.toLowerCase(), 'neue Passphrase');
    vault.lock();
    await expect(vault.unlock('vergessene Passphrase')).rejects.toBeInstanceOf(WrongSecretError);
    await vault.unlock('neue Passphrase');
    db.close();
    const reloaded = vaultFor(newDb(db.name));
    await reloaded.start();
    await reloaded.unlock('neue Passphrase');
    expect(reloaded.getState()).toEqual({ status: 'unlocked' });
  });

  it('changes the passphrase only with the current one', async () => {
    const db = newDb();
    const vault = vaultFor(db);
    await vault.start();
    await vault.setUp('alt und lang genug');
    await expect(vault.changePassphrase('falsch', 'neu')).rejects.toBeInstanceOf(WrongSecretError);
    await vault.changePassphrase('alt und lang genug', 'neu und lang genug');
    vault.lock();
    await expect(vault.unlock('alt und lang genug')).rejects.toBeInstanceOf(WrongSecretError);
    await vault.unlock('neu und lang genug');
  });

  it('quick unlock accepts only this keyring’s data key', async () => {
    const db = newDb();
    const vault = vaultFor(db);
    await vault.start();
    await vault.setUp('richtige Passphrase');
    const dataKey = await (await import('../../../renderer/src/crypto/keyring')).unwrapWithPassphrase(vault.keyring()!, 'richtige Passphrase');
    vault.lock();
    await expect(vault.unlockWithDataKey(new Uint8Array(32).fill(1))).rejects.toBeInstanceOf(WrongSecretError);
    await vault.unlockWithDataKey(dataKey);
    expect(vault.getState()).toEqual({ status: 'unlocked' });
  });

  it('converts a database from before encryption all at once, after the safeguard, keeping every value and the audit trail verifiable', async () => {
    const name = `vault-${crypto.randomUUID()}`;
    const partnerId = await plaintextDatabase(name);
    const db = newDb(name);
    const vault = vaultFor(db);
    await vault.start();
    expect(vault.getState()).toEqual({ status: 'unencrypted' });
    const safeguards: string[] = [];
    vault.setSafeguard(async (kind) => {
      // It backs up the database as it is on the disk: not yet opened, so not yet migrated.
      expect(db.isOpen()).toBe(false);
      safeguards.push(kind);
    });
    const progress: number[] = [];
    await vault.setUp('richtige Passphrase', ({ done, total }) => progress.push(done / total));
    expect(safeguards).toEqual(['pre-conversion']);
    expect(progress.at(-1)).toBe(1);
    const raw = JSON.stringify([await db.partners.toArray(), await db.audit.toArray(), await db.settings.toArray()]);
    expect(raw).not.toContain('Zebrafink');
    expect(raw).not.toContain(testUser.name);
    const stores = createRecordStores(db, () => '2026-12-01');
    expect(await stores.partners.get(partnerId)).toMatchObject({ notes: 'Zebrafink-Notiz' });
    const audit = createAuditRepository(db);
    expect((await audit.verify()).chain).toEqual({ ok: true, count: 1 });
    expect((await audit.listFor(partnerId))[0]).toMatchObject({ actorName: testUser.name });
    expect(await createSettingsRepository(db).get('encryption')).toMatchObject({ converted: true, chainBefore: 'intact' });
  });

  it('leaves a database from before encryption exactly as it was when the safeguard or the conversion fails', async () => {
    const name = `vault-${crypto.randomUUID()}`;
    await plaintextDatabase(name);
    const before = async () => {
      const db = new RoundtableDb(name);
      await db.open();
      const rows = JSON.stringify([await db.partners.toArray(), await db.audit.toArray(), await db.settings.toArray()]);
      db.close();
      return rows;
    };
    const original = await before();

    const refused = vaultFor(newDb(name));
    await refused.start();
    refused.setSafeguard(async () => {
      throw new Error('no backup folder chosen');
    });
    await expect(refused.setUp('richtige Passphrase')).rejects.toThrow('no backup folder');
    expect(refused.getState()).toEqual({ status: 'unencrypted' });

    // A row the conversion cannot take (a sealed row among plaintext ones, in the table converted
    // after partners) fails it midway, after partners were rewritten in the same transaction.
    const db = newDb(name);
    await db.open();
    await db.contacts.add({ id: 'zz-broken', partnerId: 'p', sealed: 'x' } as never);
    db.close();
    const db2 = newDb(name);
    const vault2 = vaultFor(db2);
    await vault2.start();
    await expect(vault2.setUp('richtige Passphrase')).rejects.toThrow();
    db2.close();
    const after = new RoundtableDb(name);
    await after.open();
    await after.contacts.delete('zz-broken');
    after.close();
    expect(await before()).toBe(original);
  });
});
