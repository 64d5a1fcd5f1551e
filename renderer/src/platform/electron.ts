/** The desktop platform: every call goes through the typed `window.api` bridge. */
import type { IpcResult, RoundtableApi } from '../../../electron/contract';
import { PlatformError, type Platform } from './types';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message, result.error.issues);
}

export function createElectronPlatform(api: RoundtableApi): Platform {
  const info = () => api.appInfo().then(unwrap);
  return {
    kind: 'desktop',
    version: async () => (await info()).version,
    osLocale: async () => (await info()).osLocale,
    saveFile: async ({ suggestedName, data, filters }) =>
      unwrap(await api.saveFile({ suggestedName, data, filters })),
    setLanguage: async (language) => unwrap(await api.setLanguage({ language })),
  };
}
