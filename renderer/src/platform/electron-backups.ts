/**
 * The desktop backup folder over IPC. Backups are sent and read in chunks of at most
 * MAX_BACKUP_CHUNK_BYTES, because one IPC message of 512 MiB or more fails in Electron's
 * serializer, and a large city's backup is bigger than that. Callers see whole files
 * (BackupFolder in types.ts); the chunks are this file's business.
 */
import { BACKUP_MESSAGES } from '../../../electron/backup-failures';
import { MAX_BACKUP_BYTES, MAX_BACKUP_CHUNK_BYTES, type IpcResult, type RoundtableApi } from '../../../electron/contract';
import { PlatformError, type BackupFolder } from './types';

export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message, result.error.issues, result.error.reason);
}

async function sha256Hex(data: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const fileChanged = () => new PlatformError('failed', BACKUP_MESSAGES.fileChanged, [], 'fileChanged');

export function electronBackupFolder(api: RoundtableApi): BackupFolder {
  // One upload at a time: main keeps one per window, and a second would replace the first.
  let queue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(operation: () => Promise<T>): Promise<T> {
    const run = queue.then(operation, operation);
    queue = run.catch(() => undefined);
    return run;
  }

  const write: BackupFolder['write'] = ({ kind, createdAt, data, maxAgeMonths }) =>
    oneAtATime(async () => {
      if (data.byteLength > MAX_BACKUP_BYTES) {
        const message = `backup is larger than ${MAX_BACKUP_BYTES / 1024 ** 3} GiB`;
        throw new PlatformError('invalid-input', message, [{ path: 'data', message }]);
      }
      const sha256 = await sha256Hex(data);
      const { uploadId } = unwrap(await api.beginBackupWrite({ kind, createdAt, bytes: data.byteLength, sha256, maxAgeMonths }));
      try {
        for (let offset = 0; offset < data.byteLength; offset += MAX_BACKUP_CHUNK_BYTES) {
          // slice, not subarray: structured clone sends a view's whole buffer, which would put
          // the entire backup into every message.
          const chunk = data.slice(offset, offset + MAX_BACKUP_CHUNK_BYTES);
          unwrap(await api.writeBackupChunk({ uploadId, offset, data: chunk }));
        }
        return unwrap(await api.finishBackupWrite({ uploadId }));
      } catch (error) {
        // Main removes the temp file; if even this fails, its time-out does.
        await api.abortBackupWrite({ uploadId }).catch(() => undefined);
        throw error;
      }
    });

  async function read(fileName: string): Promise<Uint8Array<ArrayBuffer>> {
    const first = unwrap(await api.readBackupChunk({ fileName, offset: 0, length: MAX_BACKUP_CHUNK_BYTES }));
    const total = first.fileBytes;
    if (total > MAX_BACKUP_BYTES) throw new PlatformError('failed', BACKUP_MESSAGES.tooLarge, [], 'tooLarge');
    const whole = new Uint8Array(total);
    let chunk = first;
    let offset = 0;
    for (;;) {
      // Every chunk must come from the same file: same size, and nothing missing or extra.
      if (chunk.fileBytes !== total || offset + chunk.data.byteLength > total) throw fileChanged();
      whole.set(chunk.data, offset);
      offset += chunk.data.byteLength;
      if (offset === total) return whole;
      if (chunk.data.byteLength === 0) throw fileChanged();
      chunk = unwrap(await api.readBackupChunk({ fileName, offset, length: Math.min(MAX_BACKUP_CHUNK_BYTES, total - offset) }));
    }
  }

  return {
    folder: async () => unwrap(await api.backupFolder()),
    chooseFolder: async () => unwrap(await api.chooseBackupFolder()),
    write,
    list: async () => unwrap(await api.listBackups()),
    read,
  };
}
