import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecryptionError, open, seal } from '../../../renderer/src/crypto/aead';
import { fromBase64, toBase64, utf8 } from '../../../renderer/src/crypto/bytes';
import { argon2idKey } from '../../../renderer/src/crypto/kdf';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../../renderer/src/crypto/recovery-key';

describe('AES-256-GCM', () => {
  // Test case 16 of McGrew & Viega, "The Galois/Counter Mode of Operation" (the NIST submission):
  // a 256-bit key, a 96-bit IV, associated data and a 60-byte plaintext.
  const key = hexToBytes('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
  const iv = hexToBytes('cafebabefacedbaddecaf888');
  const aad = hexToBytes('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  const plaintext = hexToBytes('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39');
  const ciphertextAndTag = hexToBytes(
    '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
      '76fc6ece0f4e1768cddf8853bb2d551b',
  );
  const sealedVector = new Uint8Array([...iv, ...ciphertextAndTag]);

  it('opens the published test vector', () => {
    expect(bytesToHex(open(key, sealedVector, aad))).toBe(bytesToHex(plaintext));
  });

  it('refuses the vector with any bit of it, or of its associated data, flipped', () => {
    for (let bit = 0; bit < sealedVector.length * 8; bit += 7) {
      const flipped = sealedVector.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      expect(() => open(key, flipped, aad)).toThrow(DecryptionError);
    }
    const otherAad = aad.slice();
    otherAad[0]! ^= 1;
    expect(() => open(key, sealedVector, otherAad)).toThrow(DecryptionError);
  });

  it('seals with a fresh nonce each time and opens only with the same key and associated data', () => {
    const secret = utf8('Fallnotiz: Gespräch mit der Schulsozialarbeit');
    const context = utf8('referrals\u0000case-1\u00003');
    const first = seal(key, secret, context);
    const second = seal(key, secret, context);
    expect(bytesToHex(first)).not.toBe(bytesToHex(second));
    expect(open(key, first, context)).toEqual(secret);
    expect(() => open(key, first, utf8('referrals\u0000case-2\u00003'))).toThrow(DecryptionError);
    expect(() => open(new Uint8Array(32), first, context)).toThrow(DecryptionError);
    expect(() => open(key, first.subarray(0, 20), context)).toThrow(DecryptionError);
  });
});

describe('Argon2id', () => {
  it('gives the reference implementation’s test vector (phc-winner-argon2: t=2, m=2^16 KiB, p=1, "password", "somesalt")', async () => {
    const hash = await argon2idKey('password', utf8('somesalt'), { memoryKiB: 65536, iterations: 2, parallelism: 1 });
    expect(bytesToHex(hash)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });
});

describe('base64', () => {
  it('round-trips any bytes and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses text that is not strict base64', () => {
    for (const text of ['abc', 'ab=c', '====', 'ab c', 'äbcd', 'YQ==YQ==']) expect(() => fromBase64(text), text).toThrow(TypeError);
  });
});

describe('the recovery key', () => {
  it('reads back what it wrote, also typed in lower case, with spaces or O for 0', () => {
    const key = generateRecoveryKey();
    const text = formatRecoveryKey(key);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(text)).toEqual({ ok: true, key });
    expect(parseRecoveryKey(` ${text.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o')} `)).toEqual({ ok: true, key });
  });

  it('says what is wrong with a mistyped key', () => {
    const text = formatRecoveryKey(generateRecoveryKey());
    const swapped = text[0] === 'A' ? `B${text.slice(1)}` : `A${text.slice(1)}`;
    expect(parseRecoveryKey(swapped)).toEqual({ ok: false, problem: 'check' });
    expect(parseRecoveryKey(text.slice(0, -5))).toEqual({ ok: false, problem: 'length' });
    expect(parseRecoveryKey(`${text.slice(0, -1)}U`)).toEqual({ ok: false, problem: 'characters' });
  });
});
