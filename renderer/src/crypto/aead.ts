/**
 * AES-256-GCM, synchronous (@noble/ciphers, audited): the record codec runs inside IndexedDB
 * transactions, which commit as soon as anything but IndexedDB is awaited, so WebCrypto's
 * promises cannot be used there. Sealed bytes are nonce (12) ‖ ciphertext ‖ tag (16); the same
 * layout WebCrypto produces, so bulk work outside transactions (verifying a backup) may use
 * either.
 *
 * A random 96-bit nonce per message: safe far beyond the number of writes a network makes
 * under one key (NIST SP 800-38D allows 2^32 random nonces per key).
 */
import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from './bytes';

export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

/** The key is wrong, or the sealed bytes or their associated data were changed. */
export class DecryptionError extends Error {
  constructor(message = 'the data could not be decrypted: wrong key, or changed since it was written') {
    super(message);
    this.name = 'DecryptionError';
  }
}

function checkKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) throw new TypeError('an AES-256 key has 32 bytes');
}

/** Encrypts and authenticates `plaintext`; `associatedData` is authenticated too but not stored. */
export function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: Uint8Array): Uint8Array<ArrayBuffer> {
  checkKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const ciphertext = gcm(key, nonce, associatedData).encrypt(plaintext);
  const sealed = new Uint8Array(NONCE_BYTES + ciphertext.length);
  sealed.set(nonce);
  sealed.set(ciphertext, NONCE_BYTES);
  return sealed;
}

/** The plaintext of `sealed`, or DecryptionError (never anything else) when it does not authenticate. */
export function open(key: Uint8Array, sealed: Uint8Array, associatedData: Uint8Array): Uint8Array {
  checkKey(key);
  if (!(sealed instanceof Uint8Array) || sealed.length < NONCE_BYTES + TAG_BYTES) throw new DecryptionError('the sealed data is too short');
  try {
    return gcm(key, sealed.subarray(0, NONCE_BYTES), associatedData).decrypt(sealed.subarray(NONCE_BYTES));
  } catch {
    throw new DecryptionError();
  }
}
