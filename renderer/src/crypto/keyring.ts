/**
 * The keyring: the random data key that encrypts everything, stored only wrapped (AES-GCM)
 * by a key derived from the passphrase (Argon2id) and by the recovery key. It is the one
 * thing readable before unlocking, so it holds nothing but wrapped keys and parameters.
 * Changing the passphrase re-wraps the data key; the data stays as it is.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { DecryptionError, KEY_BYTES, open, seal } from './aead';
import { fromBase64, randomBytes, toBase64, utf8, wipe } from './bytes';
import { argon2ParamsSchema, DEFAULT_ARGON2_COST, deriveKeyFromPassphrase, newArgon2Params, type Argon2Cost } from './kdf';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey, type RecoveryKeyProblem } from './recovery-key';

/** A wrapped 32-byte key: nonce 12 + key 32 + tag 16 = 60 bytes, base64. */
const wrappedKey = z.string().regex(/^[A-Za-z0-9+/]{80}$/);

export const keyringSchema = z.strictObject({
  format: z.literal(1),
  /** Tells keyrings apart, e.g. a backup made on another installation. */
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  /** When the passphrase was last set. */
  passphraseSetAt: z.iso.datetime(),
  kdf: argon2ParamsSchema,
  byPassphrase: wrappedKey,
  byRecoveryKey: wrappedKey,
  /**
   * Tells whether a data key handed in from elsewhere (quick unlock from the OS's secret
   * store) is this keyring's: the first 16 bytes of an HMAC of a fixed text under the data
   * key, which gives nothing away about the key.
   */
  keyCheck: z.string().regex(/^[0-9a-f]{32}$/),
});
export type Keyring = z.infer<typeof keyringSchema>;

/** The passphrase or recovery key does not open this keyring. */
export class WrongSecretError extends Error {
  constructor(readonly secret: 'passphrase' | 'recoveryKey') {
    super(secret === 'passphrase' ? 'wrong passphrase' : 'wrong recovery key');
    this.name = 'WrongSecretError';
  }
}

/** The recovery key as typed cannot be one (a typo, a missing group). */
export class RecoveryKeyFormatError extends Error {
  constructor(readonly problem: RecoveryKeyProblem) {
    super(`not a recovery key (${problem})`);
    this.name = 'RecoveryKeyFormatError';
  }
}

const wrapContext = (keyring: Pick<Keyring, 'id'>, by: 'passphrase' | 'recovery-key') => utf8(`roundtable keyring ${keyring.id} ${by}`);

function recoveryWrappingKey(recoveryKey: Uint8Array): Uint8Array {
  // The recovery key is already 256 random bits: no stretching needed, only separation.
  return hkdf(sha256, recoveryKey, undefined, utf8('roundtable recovery key wrap v1'), KEY_BYTES);
}

function keyCheckOf(dataKey: Uint8Array): string {
  return bytesToHex(hmac(sha256, dataKey, utf8('roundtable key check v1')).subarray(0, 16));
}

/** Whether `dataKey` is the one this keyring wraps. */
export function isKeyOf(keyring: Keyring, dataKey: Uint8Array): boolean {
  return dataKey.length === KEY_BYTES && keyCheckOf(dataKey) === keyring.keyCheck;
}

export interface NewKeyring {
  keyring: Keyring;
  dataKey: Uint8Array;
  /** Shown once, formatted for print; never stored. */
  recoveryKey: string;
}

export async function createKeyring(passphrase: string, now: Date, cost: Argon2Cost = DEFAULT_ARGON2_COST): Promise<NewKeyring> {
  const dataKey = randomBytes(KEY_BYTES);
  const recovery = generateRecoveryKey();
  const kdf = newArgon2Params(cost);
  const base = { format: 1 as const, id: crypto.randomUUID(), createdAt: now.toISOString(), passphraseSetAt: now.toISOString(), kdf };
  const passphraseKey = await deriveKeyFromPassphrase(passphrase, kdf);
  const recoveryKey = recoveryWrappingKey(recovery);
  try {
    const keyring = keyringSchema.parse({
      ...base,
      byPassphrase: toBase64(seal(passphraseKey, dataKey, wrapContext(base, 'passphrase'))),
      byRecoveryKey: toBase64(seal(recoveryKey, dataKey, wrapContext(base, 'recovery-key'))),
      keyCheck: keyCheckOf(dataKey),
    });
    return { keyring, dataKey, recoveryKey: formatRecoveryKey(recovery) };
  } finally {
    wipe(passphraseKey, recoveryKey, recovery);
  }
}

/** The data key, or WrongSecretError. */
export async function unwrapWithPassphrase(keyring: Keyring, passphrase: string): Promise<Uint8Array> {
  const passphraseKey = await deriveKeyFromPassphrase(passphrase, keyring.kdf);
  try {
    return open(passphraseKey, fromBase64(keyring.byPassphrase), wrapContext(keyring, 'passphrase'));
  } catch (error) {
    if (error instanceof DecryptionError) throw new WrongSecretError('passphrase');
    throw error;
  } finally {
    wipe(passphraseKey);
  }
}

/** The data key, or RecoveryKeyFormatError (a typo) or WrongSecretError (another keyring's key). */
export function unwrapWithRecoveryKey(keyring: Keyring, typed: string): Uint8Array {
  const parsed = parseRecoveryKey(typed);
  if (!parsed.ok) throw new RecoveryKeyFormatError(parsed.problem);
  const recoveryKey = recoveryWrappingKey(parsed.key);
  try {
    return open(recoveryKey, fromBase64(keyring.byRecoveryKey), wrapContext(keyring, 'recovery-key'));
  } catch (error) {
    if (error instanceof DecryptionError) throw new WrongSecretError('recoveryKey');
    throw error;
  } finally {
    wipe(recoveryKey, parsed.key);
  }
}

/** The keyring with the data key wrapped by a new passphrase (new salt); the recovery key stays valid. */
export async function rewrapForPassphrase(
  keyring: Keyring,
  dataKey: Uint8Array,
  passphrase: string,
  now: Date,
  cost: Argon2Cost = DEFAULT_ARGON2_COST,
): Promise<Keyring> {
  const kdf = newArgon2Params(cost);
  const passphraseKey = await deriveKeyFromPassphrase(passphrase, kdf);
  try {
    return keyringSchema.parse({
      ...keyring,
      kdf,
      passphraseSetAt: now.toISOString(),
      byPassphrase: toBase64(seal(passphraseKey, dataKey, wrapContext(keyring, 'passphrase'))),
    });
  } finally {
    wipe(passphraseKey);
  }
}
