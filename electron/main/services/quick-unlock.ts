/**
 * Quick unlock: the data key sealed by the operating system's secret store (Electron
 * safeStorage: Keychain on macOS, DPAPI on Windows, GNOME Keyring or KWallet on Linux), in
 * one private file in userData, so the coordinator can unlock on this computer without the
 * passphrase (as Signal Desktop keeps its database key).
 *
 * Never offered where the "secret store" is a hard-coded key: Linux's basic_text backend,
 * used when no keyring runs, would leave the data key as good as plain on the disk.
 *
 * Electron 45 deprecates the synchronous safeStorage calls (removed in 46), so this uses the
 * asynchronous ones; their ciphertext is the same. safeStorage seals strings only, so the key
 * travels as base64.
 */
import { lstat, open, rm } from 'node:fs/promises';
import { DATA_KEY_BYTES, type QuickUnlockAvailability } from '../../contract';
import { writeFileAtomic } from '../atomic-write';

export const QUICK_UNLOCK_FILE = 'quick-unlock.bin';

/** A sealed 32-byte key is about a hundred bytes; anything far larger is not ours. */
const MAX_SEALED_BYTES = 64 * 1024;

/** The parts of Electron's safeStorage used here (Electron 45's asynchronous API). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  /** Linux only: which secret store Chromium chose; 'basic_text' is a hard-coded key. */
  getSelectedStorageBackend(): string;
}

export interface QuickUnlockDeps {
  safeStorage: SafeStorageLike;
  /** process.platform */
  platform: string;
  /** userData/quick-unlock.bin */
  file: string;
}

export const QUICK_UNLOCK_MESSAGES = {
  'plain-text-store':
    'Quick unlock is not offered on this computer: without a keyring (such as GNOME Keyring or KWallet) the system would keep the key in plain text.',
  'no-secret-store': "Quick unlock is not available: this computer's secret store cannot be reached.",
  verifyFailed: 'Quick unlock could not be set up: the secret store did not give the key back unchanged.',
} as const;

/**
 * Chromium's mark for data sealed with its built-in Linux key (the "peanuts" password of the
 * basic_text store). Checked on the sealed bytes too, in case the backend report and the
 * asynchronous encryptor ever disagree. Windows and macOS use the same prefix for properly
 * sealed data, so this holds on Linux only.
 */
const LINUX_HARDCODED_KEY_PREFIX = Buffer.from('v10', 'ascii');

/** Strict base64 of exactly DATA_KEY_BYTES bytes, or null. */
function decodeKey(base64: string): Uint8Array | null {
  const decoded = Buffer.from(base64, 'base64');
  try {
    // Buffer.from ignores junk; re-encoding must give the very same text.
    if (decoded.byteLength !== DATA_KEY_BYTES || decoded.toString('base64') !== base64) return null;
    return new Uint8Array(decoded); // a copy of its own, never a view into Buffer's shared pool
  } finally {
    decoded.fill(0);
  }
}

async function readSealed(file: string): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return null;
  }
  try {
    const { size } = await handle.stat();
    if (!size || size > MAX_SEALED_BYTES) return null;
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return bytesRead === size ? buffer : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

export function createQuickUnlockService(deps: QuickUnlockDeps) {
  const { safeStorage, platform, file } = deps;

  async function availability(): Promise<QuickUnlockAvailability> {
    // First, because it starts the encryptor; the Linux backend is known after that.
    const encryptionAvailable = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
    if (platform === 'linux') {
      const backend = safeStorage.getSelectedStorageBackend();
      if (backend === 'basic_text') return { available: false, reason: 'plain-text-store' };
      if (backend === 'unknown') return { available: false, reason: 'no-secret-store' };
    }
    return encryptionAvailable ? { available: true } : { available: false, reason: 'no-secret-store' };
  }

  async function seal(base64: string): Promise<Buffer> {
    const sealed = await safeStorage.encryptStringAsync(base64);
    if (platform === 'linux' && sealed.subarray(0, LINUX_HARDCODED_KEY_PREFIX.length).equals(LINUX_HARDCODED_KEY_PREFIX)) {
      throw new Error(QUICK_UNLOCK_MESSAGES['plain-text-store']);
    }
    return sealed;
  }

  async function enable(dataKey: Uint8Array): Promise<void> {
    const available = await availability();
    if (!available.available) throw new Error(QUICK_UNLOCK_MESSAGES[available.reason]);
    const base64 = Buffer.from(dataKey.buffer, dataKey.byteOffset, dataKey.byteLength).toString('base64');
    const sealed = await seal(base64);
    // Opened again before it is kept: a store that cannot give it back must not be trusted with it.
    const opened = await safeStorage.decryptStringAsync(sealed).catch(() => null);
    if (opened?.result !== base64) throw new Error(QUICK_UNLOCK_MESSAGES.verifyFailed);
    await writeFileAtomic(file, sealed);
  }

  async function unlock(): Promise<Uint8Array | null> {
    const sealed = await readSealed(file);
    if (sealed === null) return null;
    if (!(await availability()).available) return null;
    let opened: { shouldReEncrypt: boolean; result: string };
    try {
      opened = await safeStorage.decryptStringAsync(sealed);
    } catch {
      // Another user, another computer, a reset keyring: the passphrase still works.
      return null;
    }
    const key = decodeKey(opened.result);
    if (key !== null && opened.shouldReEncrypt) {
      // The OS rotated its key: seal again with the new one. If that fails, the old file still opens.
      await seal(opened.result)
        .then((resealed) => writeFileAtomic(file, resealed))
        .catch(() => undefined);
    }
    return key;
  }

  async function isEnabled(): Promise<boolean> {
    try {
      return (await lstat(file)).isFile();
    } catch {
      return false;
    }
  }

  async function disable(): Promise<void> {
    await rm(file, { force: true });
  }

  return { availability, isEnabled, enable, unlock, disable };
}

export type QuickUnlockService = ReturnType<typeof createQuickUnlockService>;
