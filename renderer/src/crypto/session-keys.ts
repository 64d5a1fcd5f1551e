/**
 * The keys an unlocked session works with, each derived from the data key for one purpose
 * (HKDF-SHA-256), so no key is ever used for two things: records, the audit chain's HMAC and
 * backup files.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { KEY_BYTES } from './aead';
import { utf8, wipe } from './bytes';

export interface SessionKeys {
  /** AES-256-GCM for every personal field, settings and audit values. */
  records: Uint8Array;
  /** HMAC-SHA-256 key of the audit chain. */
  audit: Uint8Array;
  /** AES-256-GCM for backup files. */
  backup: Uint8Array;
}

function derive(dataKey: Uint8Array, purpose: string): Uint8Array {
  return hkdf(sha256, dataKey, undefined, utf8(`roundtable ${purpose} v1`), KEY_BYTES);
}

export function deriveSessionKeys(dataKey: Uint8Array): SessionKeys {
  if (dataKey.length !== KEY_BYTES) throw new TypeError('a data key has 32 bytes');
  return { records: derive(dataKey, 'records'), audit: derive(dataKey, 'audit chain'), backup: derive(dataKey, 'backup') };
}

/** Overwrites the keys in place (on lock). */
export function forgetSessionKeys(keys: SessionKeys): void {
  wipe(keys.records, keys.audit, keys.backup);
}
