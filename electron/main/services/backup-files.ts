/**
 * The file-system steps the backup folder needs, behind one small interface so tests can
 * make any of them fail (a full disk, a drive that lies on read-back) without a real one.
 */
import { createHash } from 'node:crypto';
import { createReadStream, constants } from 'node:fs';
import { access, lstat, open, readdir, stat, unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { writeFileAtomic } from '../atomic-write';

export interface FileStats {
  isFile(): boolean;
  isDirectory(): boolean;
  size: number;
}

export interface BackupFileSystem {
  /** Temp file beside the target, fsync, rename; mode 0o600. */
  writeAtomic(path: string, data: Uint8Array): Promise<void>;
  /** SHA-256 of the file as it reads back from the disk, streamed (backups can be large). */
  sha256OfFile(path: string): Promise<Buffer>;
  /** The whole file, refusing one larger than `maxBytes` before reading it. */
  readCapped(path: string, maxBytes: number): Promise<Uint8Array>;
  readdir(dir: string): Promise<string[]>;
  /** Following symbolic links (the folder itself may be a link, e.g. to a network drive). */
  stat(path: string): Promise<FileStats>;
  /** Without following symbolic links (a backup file is never a link). */
  lstat(path: string): Promise<FileStats>;
  /** Whether this process may create files in `dir` (throws the OS error if not). */
  assertWritable(dir: string): Promise<void>;
  /** Removes one file (never a directory). */
  unlink(path: string): Promise<void>;
}

export class TooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`file has ${bytes} bytes`);
    this.name = 'TooLargeError';
  }
}

export function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

async function sha256OfFile(path: string): Promise<Buffer> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest();
}

async function readCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  // O_NOFOLLOW: a backup is a plain file in the folder, never a link to somewhere else.
  // (Windows has no such flag; there lstat in the caller already refused links.)
  const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new TooLargeError(size);
    // allocUnsafeSlow: never a slice of the shared pool, so the view sent over IPC is ours alone.
    const buffer = Buffer.allocUnsafeSlow(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
      if (bytesRead === 0) break; // the file shrank meanwhile: return what is there
      offset += bytesRead;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, offset);
  } finally {
    await handle.close();
  }
}

export const nodeBackupFileSystem: BackupFileSystem = {
  writeAtomic: (path, data) => writeFileAtomic(path, data),
  sha256OfFile,
  readCapped,
  readdir: (dir) => readdir(dir),
  stat: (path) => stat(path),
  lstat: (path) => lstat(path),
  assertWritable: (dir) => access(dir, constants.W_OK),
  unlink: (path) => unlink(path),
};
