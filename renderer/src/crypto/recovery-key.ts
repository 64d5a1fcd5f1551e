/**
 * The recovery key: 32 random bytes shown once as text to print or store away, which unwraps
 * the data key when the passphrase is forgotten (as Standard Notes' and Bitwarden's do).
 *
 * Written in Crockford's base32 (digits and capitals without I, L, O, U: nothing to confuse
 * when typed from paper) with 4 check characters, in groups of four:
 * 56 characters = 52 for the key + 4 for a check over it, so a typo is reported as a typo,
 * not as a wrong key.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from './bytes';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 32;
const KEY_CHARS = 52;
const CHECK_CHARS = 4;

function toBase32(bytes: Uint8Array, chars: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += alphabet[(buffer >> (bits - 5)) & 31]!;
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (out.length < chars && bits > 0) out += alphabet[(buffer << (5 - bits)) & 31]!;
  return out;
}

function fromBase32(text: string, byteLength: number): Uint8Array {
  const out = new Uint8Array(byteLength);
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (const char of text) {
    buffer = (buffer << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8 && written < byteLength) {
      out[written++] = (buffer >> (bits - 8)) & 255;
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

function checkOf(key: Uint8Array): string {
  return toBase32(sha256(key), CHECK_CHARS);
}

export function generateRecoveryKey(): Uint8Array {
  return randomBytes(KEY_BYTES);
}

/** "ABCD-EFGH-…": 14 groups of four. */
export function formatRecoveryKey(key: Uint8Array): string {
  const text = toBase32(key, KEY_CHARS) + checkOf(key);
  return text.match(/.{4}/g)!.join('-');
}

export type RecoveryKeyProblem = 'length' | 'characters' | 'check';

export type ParsedRecoveryKey = { ok: true; key: Uint8Array } | { ok: false; problem: RecoveryKeyProblem };

/** Reads a typed or pasted recovery key: spaces and hyphens ignored, lower case and O/I/L read as 0/1/1. */
export function parseRecoveryKey(text: string): ParsedRecoveryKey {
  const cleaned = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if ([...cleaned].some((char) => !alphabet.includes(char))) return { ok: false, problem: 'characters' };
  if (cleaned.length !== KEY_CHARS + CHECK_CHARS) return { ok: false, problem: 'length' };
  const key = fromBase32(cleaned.slice(0, KEY_CHARS), KEY_BYTES);
  // The key's last character carries 4 bits beyond the 256: they must be zero, as written.
  if (toBase32(key, KEY_CHARS) !== cleaned.slice(0, KEY_CHARS) || checkOf(key) !== cleaned.slice(KEY_CHARS)) return { ok: false, problem: 'check' };
  return { ok: true, key };
}
