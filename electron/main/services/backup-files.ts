/**
 * The file-system steps the backup folder needs, behind one small interface so tests can
 * make any of them fail (a full disk, a drive that lies on read-back) without a real one.
 */
import { createHash } from 'node:crypto';
import { createReadStream, constants } from 'node:fs';
import { access, lstat, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

export interface FileStats {
  isFile(): boolean;
  isDirectory(): boolean;
  size: number;
  /** Last modification, in ms since the epoch (how old a left-over partial upload is). */
  mtimeMs: number;
}

/** A backup being received chunk by chunk, before it gets its final name. */
export interface PartialFile {
  /** Writes all of `data` at `position`. */
  write(data: Uint8Array, position: number): Promise<void>;
  /** fsync, then close: what the read-back checks is what the disk holds. */
  syncAndClose(): Promise<void>;
  /** Closes without syncing (the upload is given up); never throws. */
  close(): Promise<void>;
}

export interface FileRange {
  data: Uint8Array;
  /** The whole file's size when this range was read. */
  fileBytes: number;
}

export interface BackupFileSystem {
  /** Creates a new file (never an existing one, never through a link), private to the user (0o600). */
  createPartial(path: string): Promise<PartialFile>;
  /** Atomic within one folder: the final name shows the old file or the whole new one. */
  rename(from: string, to: string): Promise<void>;
  /** SHA-256 of the file as it reads back from the disk, streamed (backups can be large). */
  sha256OfFile(path: string): Promise<Buffer>;
  /** Up to `length` bytes from `offset`, refusing a file larger than `maxBytes` before reading. */
  readRange(path: string, offset: number, length: number, maxBytes: number): Promise<FileRange>;
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

async function createPartial(path: string): Promise<PartialFile> {
  // 'wx' is O_CREAT | O_EXCL: a name that exists (even as a link) is refused, never reused.
  const handle = await open(path, 'wx', 0o600);
  return {
    async write(data, position) {
      let done = 0;
      while (done < data.byteLength) {
        const { bytesWritten } = await handle.write(data, done, data.byteLength - done, position + done);
        done += bytesWritten;
      }
    },
    async syncAndClose() {
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    close: () => handle.close().catch(() => undefined),
  };
}

async function readRange(path: string, offset: number, length: number, maxBytes: number): Promise<FileRange> {
  // O_NOFOLLOW: a backup is a plain file in the folder, never a link to somewhere else.
  // (Windows has no such flag; there lstat in the caller already refused links.)
  const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new TooLargeError(size);
    const wanted = Math.max(0, Math.min(length, size - offset));
    // allocUnsafeSlow: never a slice of the shared pool, so the view sent over IPC is ours alone
    // (structured clone sends a view's whole buffer).
    const buffer = Buffer.allocUnsafeSlow(wanted);
    let done = 0;
    while (done < wanted) {
      const { bytesRead } = await handle.read(buffer, done, wanted - done, offset + done);
      if (bytesRead === 0) break; // the file shrank meanwhile: return what is there
      done += bytesRead;
    }
    return { data: new Uint8Array(buffer.buffer, buffer.byteOffset, done), fileBytes: size };
  } finally {
    await handle.close();
  }
}

export const nodeBackupFileSystem: BackupFileSystem = {
  createPartial,
  rename: (from, to) => rename(from, to),
  sha256OfFile,
  readRange,
  readdir: (dir) => readdir(dir),
  stat: (path) => stat(path),
  lstat: (path) => lstat(path),
  assertWritable: (dir) => access(dir, constants.W_OK),
  unlink: (path) => unlink(path),
};
