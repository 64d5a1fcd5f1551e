/** A fake desktop or browser for the backup service: a folder in memory, a save dialog that answers as told. */
import type { BackupFolder, BackupKind, SaveRequest } from '../../../../renderer/src/platform/types';
import type { BackupHost } from '../../../../renderer/src/storage/backup/automatic';
import { backupFileName } from '../../../../renderer/src/storage/backup/backup-names';

export interface FakeHostOptions {
  folder?: string | null;
  /** What the folder dialog answers. */
  choose?: 'chosen' | 'cancelled';
  /** What the save dialog answers. */
  save?: 'saved' | 'cancelled';
  /** A failing write, in the host's words. */
  writeFails?: string;
}

export function fakeHost(kind: 'desktop' | 'web', options: FakeHostOptions = {}) {
  const files = new Map<string, { kind: BackupKind; createdAt: string; data: Uint8Array<ArrayBuffer> }>();
  const calls = { choose: 0, saves: [] as SaveRequest[], maxAges: [] as number[] };
  let folder = options.folder ?? null;
  const backups: BackupFolder = {
    folder: async () => folder,
    async chooseFolder() {
      calls.choose += 1;
      if (options.choose !== 'chosen') return { status: 'cancelled' };
      folder = '/media/backups';
      return { status: 'chosen', folder };
    },
    async write({ kind: fileKind, createdAt, data, maxAgeMonths }) {
      if (options.writeFails) throw new Error(options.writeFails);
      calls.maxAges.push(maxAgeMonths);
      const fileName = backupFileName(fileKind, new Date(createdAt));
      files.set(fileName, { kind: fileKind, createdAt, data: data.slice() });
      return { fileName, kind: fileKind, createdAt, bytes: data.length, verifiedAt: new Date().toISOString(), removed: [] };
    },
    list: async () => [...files].map(([fileName, file]) => ({ fileName, kind: file.kind, createdAt: file.createdAt, bytes: file.data.length })).reverse(),
    read: async (fileName) => files.get(fileName)!.data,
  };
  const host: BackupHost = {
    kind,
    version: async () => '0.1.0',
    async saveFile(request) {
      calls.saves.push(request);
      return options.save === 'cancelled' ? { status: 'cancelled' } : { status: 'saved', fileName: request.suggestedName };
    },
    ...(kind === 'desktop' ? { backups } : {}),
  };
  return { host, files, calls };
}
