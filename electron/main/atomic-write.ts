/**
 * Atomic file writes (write-file-atomic: temp file beside the target, fsync, rename), so a
 * crash or a full disk leaves either the old file or the new one, never a half-written
 * export, backup or settings file. New files are private to the user by default, because
 * everything Roundtable writes may hold personal data.
 */
import writeFileAtomicLib from 'write-file-atomic';

export interface AtomicWriteOptions {
  /** Permissions of the written file; 0o600 by default. */
  mode?: number;
}

const PRIVATE = 0o600;

export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomicLib(target, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
    mode: options.mode ?? PRIVATE,
    fsync: true,
  });
}

/**
 * Synchronous twin, for the few writes that must finish before the process exits
 * (window state is saved while the last window closes and the app quits).
 */
export function writeFileAtomicSync(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): void {
  writeFileAtomicLib.sync(target, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
    mode: options.mode ?? PRIVATE,
    fsync: true,
  });
}
