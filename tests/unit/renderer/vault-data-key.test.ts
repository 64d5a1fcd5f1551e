/** vault.withDataKey: the data key for quick unlock, lent only for the right passphrase and only while unlocked. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WrongSecretError } from '../../../renderer/src/crypto/keyring';
import { RoundtableDb } from '../../../renderer/src/storage/db';
import { StorageError } from '../../../renderer/src/storage/errors';
import { createVault } from '../../../renderer/src/storage/vault';

const light = { memoryKiB: 64, iterations: 1, parallelism: 1 };
const passphrase = 'ein langer Satz als Passphrase';
const names: string[] = [];

afterEach(async () => {
  for (const name of names.splice(0)) await new RoundtableDb(name).delete();
});

async function unlockedVault() {
  const name = `vault-key-${crypto.randomUUID()}`;
  names.push(name);
  const vault = createVault(new RoundtableDb(name), { now: () => new Date('2026-12-01T09:00:00Z'), cost: light });
  await vault.start();
  await vault.setUp(passphrase);
  return vault;
}

describe('lending the data key', () => {
  it('hands the key that quick unlock will give back, then overwrites it', async () => {
    const vault = await unlockedVault();
    let lent: Uint8Array | undefined;
    let copy: Uint8Array | undefined;
    const result = await vault.withDataKey(passphrase, async (dataKey) => {
      lent = dataKey;
      copy = dataKey.slice();
      return 'stored';
    });
    expect(result).toBe('stored');
    expect(copy).toHaveLength(32);
    expect(lent!.every((byte) => byte === 0)).toBe(true);
    // It is this keyring's key: a locked vault opens with it.
    vault.lock();
    await vault.unlockWithDataKey(copy!);
    expect(vault.getState()).toEqual({ status: 'unlocked' });
  });

  it('refuses a wrong passphrase without lending anything', async () => {
    const vault = await unlockedVault();
    let called = false;
    await expect(
      vault.withDataKey('eine andere lange Passphrase', async () => {
        called = true;
      }),
    ).rejects.toBeInstanceOf(WrongSecretError);
    expect(called).toBe(false);
  });

  it('overwrites the key even when the borrower fails', async () => {
    const vault = await unlockedVault();
    let lent: Uint8Array | undefined;
    await expect(
      vault.withDataKey(passphrase, async (dataKey) => {
        lent = dataKey;
        throw new Error('the secret store refused');
      }),
    ).rejects.toThrow('the secret store refused');
    expect(lent!.every((byte) => byte === 0)).toBe(true);
  });

  it('lends nothing while locked', async () => {
    const vault = await unlockedVault();
    vault.lock();
    await expect(vault.withDataKey(passphrase, async () => undefined)).rejects.toBeInstanceOf(StorageError);
  });
});
