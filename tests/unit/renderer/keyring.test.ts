import { describe, expect, it } from 'vitest';
import {
  createKeyring,
  isKeyOf,
  keyringSchema,
  RecoveryKeyFormatError,
  rewrapForPassphrase,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  WrongSecretError,
} from '../../../renderer/src/crypto/keyring';

// Light Argon2id for tests only; the app uses DEFAULT_ARGON2_COST.
const light = { memoryKiB: 64, iterations: 1, parallelism: 1 };
const now = new Date('2026-12-01T09:00:00Z');

describe('the keyring', () => {
  it('opens with the passphrase and with the recovery key, to the same data key, and holds nothing but wrapped keys', async () => {
    const { keyring, dataKey, recoveryKey } = await createKeyring('Kastanienallee 12, dritter Stock', now, light);
    expect(keyringSchema.parse(keyring)).toEqual(keyring);
    expect(JSON.stringify(keyring)).not.toContain('Kastanienallee');
    expect(await unwrapWithPassphrase(keyring, 'Kastanienallee 12, dritter Stock')).toEqual(dataKey);
    expect(unwrapWithRecoveryKey(keyring, recoveryKey)).toEqual(dataKey);
    expect(isKeyOf(keyring, dataKey)).toBe(true);
    expect(isKeyOf(keyring, new Uint8Array(32))).toBe(false);
  });

  it('refuses a wrong passphrase or another keyring’s recovery key, and names a typo as a typo', async () => {
    const { keyring, recoveryKey } = await createKeyring('richtig', now, light);
    const other = await createKeyring('richtig', now, light);
    await expect(unwrapWithPassphrase(keyring, 'Richtig')).rejects.toBeInstanceOf(WrongSecretError);
    expect(() => unwrapWithRecoveryKey(keyring, other.recoveryKey)).toThrow(WrongSecretError);
    expect(() => unwrapWithRecoveryKey(keyring, recoveryKey.slice(0, -3))).toThrow(RecoveryKeyFormatError);
  });

  it('reads a passphrase typed in another Unicode form (composed or decomposed umlauts) as the same', async () => {
    const { keyring, dataKey } = await createKeyring('Grüße aus Köln', now, light);
    expect(await unwrapWithPassphrase(keyring, 'Grüße aus Köln'.normalize('NFD'))).toEqual(dataKey);
  });

  it('re-wraps for a new passphrase: the old one stops working, the recovery key and the data key stay', async () => {
    const { keyring, dataKey, recoveryKey } = await createKeyring('alt', now, light);
    const changed = await rewrapForPassphrase(keyring, dataKey, 'neu', new Date('2026-12-02T09:00:00Z'), light);
    expect(changed.kdf.salt).not.toBe(keyring.kdf.salt);
    expect(changed.passphraseSetAt).toBe('2026-12-02T09:00:00.000Z');
    await expect(unwrapWithPassphrase(changed, 'alt')).rejects.toBeInstanceOf(WrongSecretError);
    expect(await unwrapWithPassphrase(changed, 'neu')).toEqual(dataKey);
    expect(unwrapWithRecoveryKey(changed, recoveryKey)).toEqual(dataKey);
  });

  it('does not open a keyring whose wrapped key was swapped for the other one', async () => {
    const { keyring } = await createKeyring('richtig', now, light);
    const swapped = { ...keyring, byPassphrase: keyring.byRecoveryKey };
    await expect(unwrapWithPassphrase(swapped, 'richtig')).rejects.toBeInstanceOf(WrongSecretError);
  });
});
