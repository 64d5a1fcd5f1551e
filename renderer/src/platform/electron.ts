/** The desktop platform: every call goes through the typed `window.api` bridge. */
import { MAX_BACKUP_BYTES, type IpcResult, type RoundtableApi } from '../../../electron/contract';
import { PlatformError, type BackupFolder, type Platform, type QuickUnlock } from './types';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message, result.error.issues, result.error.reason);
}

/**
 * Bytes from IPC as the platform interface types them (backed by a plain ArrayBuffer). They
 * arrive that way from structured clone; the copy is only for a view that somehow does not,
 * because a backup can be hundreds of MB.
 */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

function backupFolder(api: RoundtableApi): BackupFolder {
  return {
    folder: async () => unwrap(await api.backupFolder()),
    chooseFolder: async () => unwrap(await api.chooseBackupFolder()),
    async write({ kind, createdAt, data }) {
      // Checked here, not only in main: a message this large would fail in Electron's IPC
      // serializer before main could refuse it (see MAX_BACKUP_BYTES).
      if (data.byteLength > MAX_BACKUP_BYTES) {
        const message = `backup is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MiB`;
        throw new PlatformError('invalid-input', message, [{ path: 'data', message }]);
      }
      return unwrap(await api.writeBackup({ kind, createdAt, data }));
    },
    list: async () => unwrap(await api.listBackups()),
    read: async (fileName) => ownBytes(unwrap(await api.readBackup({ fileName }))),
  };
}

function quickUnlock(api: RoundtableApi): QuickUnlock {
  return {
    availability: async () => unwrap(await api.quickUnlockAvailability()),
    isEnabled: async () => unwrap(await api.quickUnlockIsEnabled()),
    enable: async (dataKey) => unwrap(await api.enableQuickUnlock({ dataKey })),
    unlock: async () => {
      const key = unwrap(await api.quickUnlock());
      return key === null ? null : ownBytes(key);
    },
    disable: async () => unwrap(await api.disableQuickUnlock()),
  };
}

export function createElectronPlatform(api: RoundtableApi): Platform {
  const info = () => api.appInfo().then(unwrap);
  const saveFile: Platform['saveFile'] = async ({ suggestedName, data, filters }) => unwrap(await api.saveFile({ suggestedName, data, filters }));
  return {
    kind: 'desktop',
    version: async () => (await info()).version,
    osLocale: async () => (await info()).osLocale,
    saveFile,
    async savePdf({ suggestedName, inlineHtml }) {
      const bytes = unwrap(await api.printToPdf({ html: inlineHtml }));
      return saveFile({ suggestedName, data: new Uint8Array(bytes), mimeType: 'application/pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    },
    setLanguage: async (language) => unwrap(await api.setLanguage({ language })),
    backups: backupFolder(api),
    quickUnlock: quickUnlock(api),
    onLockRequest: (listener) => api.onLockRequest(listener),
  };
}
