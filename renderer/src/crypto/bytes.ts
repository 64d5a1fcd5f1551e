/**
 * Byte helpers the crypto code shares: base64 (sealed values are stored as base64 text, so
 * they survive JSON in backups and canonical hashing in the audit chain), UTF-8 and random
 * bytes. Hand-written base64 because Node 20 (the tests) and the renderer share no native one.
 */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const valueOf = new Int16Array(128).fill(-1);
for (let index = 0; index < alphabet.length; index += 1) valueOf[alphabet.charCodeAt(index)] = index;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    out += alphabet[chunk >> 18]! + alphabet[(chunk >> 12) & 63]! + alphabet[(chunk >> 6) & 63]! + alphabet[chunk & 63]!;
  }
  const rest = bytes.length - index;
  if (rest === 1) {
    const chunk = bytes[index]! << 16;
    out += alphabet[chunk >> 18]! + alphabet[(chunk >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const chunk = (bytes[index]! << 16) | (bytes[index + 1]! << 8);
    out += alphabet[chunk >> 18]! + alphabet[(chunk >> 12) & 63]! + alphabet[(chunk >> 6) & 63]! + '=';
  }
  return out;
}

/** Strict: only the standard alphabet, padded to a multiple of 4; anything else throws a TypeError. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (typeof text !== 'string' || text.length % 4 !== 0) throw new TypeError('not base64');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let written = 0;
  for (let index = 0; index < text.length; index += 4) {
    let chunk = 0;
    for (let offset = 0; offset < 4; offset += 1) {
      const position = index + offset;
      const code = text.charCodeAt(position);
      const isPadding = code === 61 && position >= text.length - padding;
      const value = isPadding ? 0 : code < 128 ? valueOf[code]! : -1;
      if (value < 0) throw new TypeError('not base64');
      chunk = (chunk << 6) | value;
    }
    if (written < out.length) out[written++] = chunk >> 16;
    if (written < out.length) out[written++] = (chunk >> 8) & 255;
    if (written < out.length) out[written++] = chunk & 255;
  }
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** Throws a TypeError on bytes that are not valid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Cryptographically random bytes from the platform (WebCrypto in browsers, workers and Node). */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let offset = 0; offset < length; offset += 65536) crypto.getRandomValues(bytes.subarray(offset, Math.min(length, offset + 65536)));
  return bytes;
}

/** Overwrites key material in place, so a dropped key does not linger in memory until collected. */
export function wipe(...keys: (Uint8Array | undefined | null)[]): void {
  for (const key of keys) key?.fill(0);
}
