/** The desktop platform: every call goes through the typed `window.api` bridge. */
import type { IpcResult, RoundtableApi } from '../../../electron/contract';
import { PlatformError, type Platform } from './types';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message, result.error.issues);
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
    // TODO(issue 11, desktop helper): backups, quickUnlock and lock requests through the contract.
    onLockRequest: () => () => undefined,
  };
}
