/**
 * Atomic file writes: write a temp file next to the target, flush it to disk, then rename it
 * over the target. A crash or full disk leaves either the old file or the new one, never a
 * half-written export, backup or settings file. The temp file lives in the same directory
 * because rename is only atomic within one file system.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Permissions of a newly created file; 0o600 by default because the data is personal. */
  mode?: number;
}

function tempPathFor(target: string): string {
  // Random suffix and O_EXCL ('wx') so we never follow or clobber a planted file.
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(target);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', options.mode ?? 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    renamed = true;
  } finally {
    if (!renamed) await rm(temp, { force: true });
  }
}

/**
 * Synchronous twin, for the few writes that must finish before the process exits
 * (window state is saved while the last window closes and the app quits).
 */
export function writeFileAtomicSync(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): void {
  const temp = tempPathFor(target);
  let renamed = false;
  try {
    const fd = openSync(temp, 'wx', options.mode ?? 0o600);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      // writeSync may write less than asked; loop until every byte is down.
      for (let offset = 0; offset < bytes.byteLength; ) {
        offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    renamed = true;
  } finally {
    if (!renamed) rmSync(temp, { force: true });
  }
}
