/** Writing and reading whole backups through the chunked service calls, as the renderer does. */
import { createHash } from 'node:crypto';
import type { BackupKind } from '../../../electron/backup-names';
import type { BackupService } from '../../../electron/main/services/backups';

export const sha256Hex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

export interface WriteRequest {
  kind: BackupKind;
  createdAt: string;
  data: Uint8Array;
  /** The longest retention period the renderer sends; the schedule's maximum (120) unless a test sets it. */
  maxAgeMonths?: number;
}

/** begin, every chunk in order, finish; the sender is any object standing for one window. */
export async function writeInChunks(backups: BackupService, request: WriteRequest, options: { chunkBytes?: number; sender?: object } = {}) {
  const sender = options.sender ?? defaultSender;
  const chunkBytes = options.chunkBytes ?? 3;
  const { data, kind, createdAt, maxAgeMonths = 120 } = request;
  const { uploadId } = await backups.beginWrite({ kind, createdAt, bytes: data.byteLength, sha256: sha256Hex(data), maxAgeMonths }, sender);
  for (let offset = 0; offset < data.byteLength; offset += chunkBytes) {
    await backups.writeChunk({ uploadId, offset, data: data.slice(offset, offset + chunkBytes) }, sender);
  }
  return backups.finishWrite({ uploadId }, sender);
}

export async function readInChunks(backups: BackupService, fileName: string, chunkBytes = 3): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const { data, fileBytes } = await backups.readChunk({ fileName, offset, length: chunkBytes });
    parts.push(data);
    offset += data.byteLength;
    if (offset >= fileBytes || data.byteLength === 0) break;
  }
  return new Uint8Array(Buffer.concat(parts));
}

export const defaultSender = { window: 'main' };
