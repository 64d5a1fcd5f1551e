/**
 * Backups arrive from the renderer in chunks (no IPC message may come near Electron's 512 MiB
 * limit): `begin` announces the size and SHA-256 and opens a temp file in the backup folder,
 * each chunk is appended in order, and `finish` checks the whole against the announcement
 * before the caller gives the file its name. The temp file's bytes are already encrypted, so
 * it holds nothing readable; still, nothing is left behind: an aborted, refused or abandoned
 * upload removes it, and left-overs of a crash are swept once they are a day old.
 *
 * One upload per sender (the renderer sends one backup at a time): a new `begin` from the same
 * window gives up its previous upload, e.g. after a reload midway.
 */
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { join } from 'node:path';
import type { BackupKind } from '../../backup-names';
import { BACKUP_MESSAGES, BackupError, describeFileError } from './backup-errors';
import type { BackupFileSystem, PartialFile } from './backup-files';

export interface UploadAnnouncement {
  kind: BackupKind;
  createdAt: string;
  bytes: number;
  /** Hex SHA-256 of the whole backup. */
  sha256: string;
  /** The longest retention period: the rotation after this backup removes backups older than it. */
  maxAgeMonths: number;
}

/** A finished upload: all announced bytes are on the disk (fsynced) in `tempPath`, matching the checksum. */
export interface ReceivedUpload extends UploadAnnouncement {
  dir: string;
  tempPath: string;
}

const PARTIAL_NAME = /^\.roundtable-backup-[0-9a-f-]{36}\.partial$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The temp file's name: hidden, and never one the folder listing takes for a backup. */
export function partialFileName(uploadId: string): string {
  return `.roundtable-backup-${uploadId}.partial`;
}

interface Upload extends ReceivedUpload {
  id: string;
  owner: object;
  file: PartialFile;
  received: number;
  hash: Hash;
  state: 'open' | 'finishing' | 'gone';
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Operations on one upload run one after another (a chunk never overtakes another). */
  chain: Promise<unknown>;
}

export interface UploadDeps {
  files: BackupFileSystem;
  /** How long an upload may wait for its next chunk before it is given up and removed. */
  idleMs: number;
  now: () => Date;
}

const transferFailed = () => new BackupError(BACKUP_MESSAGES.transferFailed);

export function createUploads({ files, idleMs, now }: UploadDeps) {
  const byOwner = new Map<object, Upload>();

  function inOrder<T>(upload: Upload, operation: () => Promise<T>): Promise<T> {
    const run = upload.chain.then(operation, operation);
    upload.chain = run.catch(() => undefined);
    return run;
  }

  /** Closes and removes the temp file; the upload is gone for good. */
  async function discardNow(upload: Upload): Promise<void> {
    upload.state = 'gone';
    clearTimeout(upload.timer);
    if (byOwner.get(upload.owner) === upload) byOwner.delete(upload.owner);
    await upload.file.close();
    await files.unlink(upload.tempPath).catch(() => undefined);
  }

  const discard = (upload: Upload) => inOrder(upload, () => discardNow(upload));

  function armTimer(upload: Upload): void {
    clearTimeout(upload.timer);
    upload.timer = setTimeout(() => void discard(upload), idleMs);
    // A pending time-out must not keep the app from quitting.
    upload.timer.unref?.();
  }

  /** The sender's upload with this id; anyone else's id, or one that is gone, is unknown. */
  function find(owner: object, uploadId: string): Upload {
    const upload = byOwner.get(owner);
    if (upload === undefined || upload.id !== uploadId) throw transferFailed();
    return upload;
  }

  /** Removes temp files of uploads a crash left behind, once they are a day old; best effort. */
  async function sweep(dir: string): Promise<void> {
    let names: string[];
    try {
      names = await files.readdir(dir);
    } catch {
      return;
    }
    const cutoff = now().getTime() - DAY_MS;
    for (const name of names.filter((candidate) => PARTIAL_NAME.test(candidate))) {
      const path = join(dir, name);
      try {
        const stats = await files.lstat(path);
        if (stats.isFile() && stats.mtimeMs < cutoff) await files.unlink(path);
      } catch {
        // Gone meanwhile, or locked: the next sweep tries again.
      }
    }
  }

  async function begin(owner: object, dir: string, announced: UploadAnnouncement): Promise<string> {
    const previous = byOwner.get(owner);
    if (previous !== undefined) await discard(previous);
    await sweep(dir);
    const id = randomUUID();
    const tempPath = join(dir, partialFileName(id));
    let file: PartialFile;
    try {
      file = await files.createPartial(tempPath);
    } catch (error) {
      throw describeFileError(error, 'write');
    }
    const upload: Upload = {
      ...announced,
      dir,
      tempPath,
      id,
      owner,
      file,
      received: 0,
      hash: createHash('sha256'),
      state: 'open',
      timer: undefined,
      chain: Promise.resolve(),
    };
    byOwner.set(owner, upload);
    armTimer(upload);
    return id;
  }

  async function chunk(owner: object, uploadId: string, offset: number, data: Uint8Array): Promise<void> {
    const upload = find(owner, uploadId);
    return inOrder(upload, async () => {
      if (upload.state !== 'open') throw transferFailed();
      // Refused, and the upload stays as it was: out of order, or past the announced end.
      if (offset !== upload.received || upload.received + data.byteLength > upload.bytes) throw transferFailed();
      clearTimeout(upload.timer);
      try {
        await upload.file.write(data, offset);
      } catch (error) {
        await discardNow(upload);
        throw describeFileError(error, 'write');
      }
      upload.hash.update(data);
      upload.received += data.byteLength;
      armTimer(upload);
    });
  }

  /**
   * Checks the upload against its announcement and hands it to `commit` (which reads it back,
   * renames and rotates). Whatever fails, the temp file is removed: after a successful rename
   * it is no longer there, so removing it then does nothing.
   */
  async function finish<T>(owner: object, uploadId: string, commit: (received: ReceivedUpload) => Promise<T>): Promise<T> {
    const upload = find(owner, uploadId);
    return inOrder(upload, async () => {
      if (upload.state !== 'open') throw transferFailed();
      upload.state = 'finishing';
      clearTimeout(upload.timer);
      byOwner.delete(owner);
      try {
        try {
          await upload.file.syncAndClose();
        } catch (error) {
          throw describeFileError(error, 'write');
        }
        if (upload.received !== upload.bytes || upload.hash.digest('hex') !== upload.sha256) throw transferFailed();
        const { kind, createdAt, bytes, sha256, maxAgeMonths, dir, tempPath } = upload;
        return await commit({ kind, createdAt, bytes, sha256, maxAgeMonths, dir, tempPath });
      } catch (error) {
        upload.state = 'gone';
        await files.unlink(upload.tempPath).catch(() => undefined);
        throw error;
      }
    });
  }

  /** Gives up the sender's upload; an unknown or finished one is already gone, which is fine. */
  async function abort(owner: object, uploadId: string): Promise<void> {
    const upload = byOwner.get(owner);
    if (upload !== undefined && upload.id === uploadId) await discard(upload);
  }

  return { begin, chunk, finish, abort };
}
