/** The desktop platform: every call goes through the typed `window.api` bridge. */
import type { RoundtableApi } from '../../../electron/contract';
import { electronBackupFolder, unwrap } from './electron-backups';
import type { Platform, QuickUnlock } from './types';

/**
 * Bytes from IPC as the platform interface types them (backed by a plain ArrayBuffer). They
 * arrive that way from structured clone; the copy is only for a view that somehow does not.
 */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
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
    backups: electronBackupFolder(api),
    quickUnlock: quickUnlock(api),
    onLockRequest: (listener) => api.onLockRequest(listener),
  };
}
