/** app:info: what the renderer may know about the app and the OS (version, locale, platform). */
import type { AppInfo } from '../../contract';

export interface AppInfoDeps {
  getVersion: () => string;
  getPreferredSystemLanguages: () => string[];
  getLocale: () => string;
  platform: string;
}

export function getAppInfo(deps: AppInfoDeps): AppInfo {
  return {
    version: deps.getVersion(),
    // The user's preferred OS language beats Chromium's UI locale, which may just be the
    // language the OS itself was installed in.
    osLocale: deps.getPreferredSystemLanguages()[0] ?? deps.getLocale(),
    platform: deps.platform,
  };
}
