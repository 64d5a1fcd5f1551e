import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuickUnlockService, QUICK_UNLOCK_FILE, QUICK_UNLOCK_MESSAGES, type SafeStorageLike } from '../../../electron/main/services/quick-unlock';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rt-quick-unlock-'));
  file = join(dir, QUICK_UNLOCK_FILE);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A stand-in for safeStorage: "seals" by XOR with a key byte behind a prefix, so a test can
 * tell sealed from plain, rotate the key, or make the store refuse.
 */
function fakeSafeStorage(options: { available?: boolean; backend?: string; prefix?: string } = {}) {
  const state = { keyByte: 0x5a, prefix: options.prefix ?? 'v11', shouldReEncrypt: false };
  const xor = (bytes: Buffer, keyByte: number) => Buffer.from(bytes.map((byte) => byte ^ keyByte));
  const storage = {
    isAsyncEncryptionAvailable: vi.fn(async () => options.available ?? true),
    getSelectedStorageBackend: vi.fn(() => options.backend ?? 'gnome_libsecret'),
    encryptStringAsync: vi.fn(async (plain: string) =>
      Buffer.concat([Buffer.from(state.prefix), Buffer.from([state.keyByte]), xor(Buffer.from(plain), state.keyByte)]),
    ),
    decryptStringAsync: vi.fn(async (sealed: Buffer) => {
      const keyByte = sealed[state.prefix.length];
      if (!sealed.subarray(0, state.prefix.length).equals(Buffer.from(state.prefix)) || keyByte === undefined) throw new Error('Error while decrypting');
      return { result: xor(sealed.subarray(state.prefix.length + 1), keyByte).toString(), shouldReEncrypt: state.shouldReEncrypt };
    }),
  } satisfies SafeStorageLike;
  return { storage, state };
}

const dataKey = () => new Uint8Array(Array.from({ length: 32 }, (_, index) => index * 7 + 1));

function setup(options: Parameters<typeof fakeSafeStorage>[0] & { platform?: string } = {}) {
  const fake = fakeSafeStorage(options);
  return { ...fake, quickUnlock: createQuickUnlockService({ safeStorage: fake.storage, platform: options.platform ?? 'linux', file }) };
}

describe('quick unlock availability', () => {
  it.each([
    ['darwin', true, 'unknown', { available: true }],
    ['win32', true, 'unknown', { available: true }],
    ['win32', false, 'unknown', { available: false, reason: 'no-secret-store' }],
    ['linux', true, 'gnome_libsecret', { available: true }],
    ['linux', true, 'kwallet6', { available: true }],
    ['linux', true, 'basic_text', { available: false, reason: 'plain-text-store' }],
    ['linux', false, 'basic_text', { available: false, reason: 'plain-text-store' }],
    ['linux', true, 'unknown', { available: false, reason: 'no-secret-store' }],
    ['linux', false, 'gnome_libsecret', { available: false, reason: 'no-secret-store' }],
  ] as const)('%s, encryption available %s, backend %s', async (platform, available, backend, expected) => {
    const { quickUnlock } = setup({ platform, available, backend });
    await expect(quickUnlock.availability()).resolves.toEqual(expected);
  });

  it('treats a secret store that throws as unavailable', async () => {
    const { quickUnlock, storage } = setup();
    storage.isAsyncEncryptionAvailable.mockRejectedValueOnce(new Error('D-Bus is gone'));
    await expect(quickUnlock.availability()).resolves.toEqual({ available: false, reason: 'no-secret-store' });
  });
});

describe('enabling quick unlock', () => {
  it('keeps the key sealed in a private file, and gives it back', async () => {
    const { quickUnlock } = setup();
    await expect(quickUnlock.isEnabled()).resolves.toBe(false);
    await quickUnlock.enable(dataKey());
    await expect(quickUnlock.isEnabled()).resolves.toBe(true);
    const onDisk = await readFile(file);
    expect(onDisk.includes(Buffer.from(dataKey()))).toBe(false);
    expect(onDisk.includes(Buffer.from(Buffer.from(dataKey()).toString('base64')))).toBe(false);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    await expect(quickUnlock.unlock()).resolves.toEqual(dataKey());
  });

  it.each([
    [{ backend: 'basic_text' }, QUICK_UNLOCK_MESSAGES['plain-text-store']],
    [{ available: false }, QUICK_UNLOCK_MESSAGES['no-secret-store']],
  ])('refuses where the store would not keep the secret (%j)', async (options, message) => {
    const { quickUnlock, storage } = setup(options);
    await expect(quickUnlock.enable(dataKey())).rejects.toThrow(message);
    expect(storage.encryptStringAsync).not.toHaveBeenCalled();
    await expect(quickUnlock.isEnabled()).resolves.toBe(false);
  });

  it("refuses on Linux when the sealed bytes carry Chromium's hard-coded-key mark", async () => {
    const { quickUnlock } = setup({ platform: 'linux', prefix: 'v10' });
    await expect(quickUnlock.enable(dataKey())).rejects.toThrow(QUICK_UNLOCK_MESSAGES['plain-text-store']);
    await expect(quickUnlock.isEnabled()).resolves.toBe(false);
  });

  it('accepts the same mark on Windows and macOS, where it means properly sealed', async () => {
    const { quickUnlock } = setup({ platform: 'win32', prefix: 'v10' });
    await quickUnlock.enable(dataKey());
    await expect(quickUnlock.unlock()).resolves.toEqual(dataKey());
  });

  it('refuses when the store does not give the key back unchanged', async () => {
    const { quickUnlock, storage } = setup();
    storage.decryptStringAsync.mockResolvedValueOnce({ result: 'something else', shouldReEncrypt: false });
    await expect(quickUnlock.enable(dataKey())).rejects.toThrow(QUICK_UNLOCK_MESSAGES.verifyFailed);
    await expect(quickUnlock.isEnabled()).resolves.toBe(false);
  });
});

describe('unlocking', () => {
  it('gives null when quick unlock is off', async () => {
    const { quickUnlock, storage } = setup();
    await expect(quickUnlock.unlock()).resolves.toBeNull();
    expect(storage.decryptStringAsync).not.toHaveBeenCalled();
  });

  it('gives null when the OS will not decrypt (another user, a reset keyring)', async () => {
    const { quickUnlock, storage } = setup();
    await quickUnlock.enable(dataKey());
    storage.decryptStringAsync.mockRejectedValueOnce(new Error('Error while decrypting the ciphertext'));
    await expect(quickUnlock.unlock()).resolves.toBeNull();
  });

  it('gives null when the store has become plain text since', async () => {
    const { quickUnlock, storage } = setup();
    await quickUnlock.enable(dataKey());
    storage.getSelectedStorageBackend.mockReturnValue('basic_text');
    await expect(quickUnlock.unlock()).resolves.toBeNull();
  });

  it.each([
    ['a key of the wrong length', Buffer.alloc(16, 1).toString('base64')],
    ['not base64', '!'.repeat(44)],
    ['base64 with junk around it', ` ${Buffer.from(dataKey()).toString('base64')} `],
  ])('gives null for %s', async (_label, content) => {
    const { quickUnlock, storage } = setup();
    await writeFile(file, await storage.encryptStringAsync(content));
    await expect(quickUnlock.unlock()).resolves.toBeNull();
  });

  it('gives null for a file that is not sealed at all, or far too large', async () => {
    const { quickUnlock } = setup();
    await writeFile(file, 'plain junk');
    await expect(quickUnlock.unlock()).resolves.toBeNull();
    await writeFile(file, Buffer.alloc(1024 * 1024));
    await expect(quickUnlock.unlock()).resolves.toBeNull();
  });

  it('seals the key again when the OS has rotated its own key', async () => {
    const { quickUnlock, state } = setup();
    await quickUnlock.enable(dataKey());
    const before = await readFile(file);
    state.keyByte = 0x33;
    state.shouldReEncrypt = true;
    await expect(quickUnlock.unlock()).resolves.toEqual(dataKey());
    const after = await readFile(file);
    expect(after.equals(before)).toBe(false);
    state.shouldReEncrypt = false;
    await expect(quickUnlock.unlock()).resolves.toEqual(dataKey());
  });
});

describe('disabling', () => {
  it('removes the sealed key, and is fine when there is none', async () => {
    const { quickUnlock } = setup();
    await quickUnlock.disable();
    await quickUnlock.enable(dataKey());
    await quickUnlock.disable();
    await expect(quickUnlock.isEnabled()).resolves.toBe(false);
    await expect(quickUnlock.unlock()).resolves.toBeNull();
  });
});
