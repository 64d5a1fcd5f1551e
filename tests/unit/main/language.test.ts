import { describe, expect, it, vi } from 'vitest';
import { getAppInfo } from '../../../electron/main/services/app-info';
import { createSetLanguageHandler, osLanguage, startupLanguage } from '../../../electron/main/services/language';
import type { SettingsStore } from '../../../electron/main/services/settings';

describe('osLanguage', () => {
  it.each(['de', 'de-DE', 'de-AT', 'de-CH', 'DE-de', 'de_DE', 'de-Latn-DE'])('%s -> de', (locale) => {
    expect(osLanguage(locale)).toBe('de');
  });
  it.each(['en', 'en-US', 'fr-FR', 'dea', 'nl-DE', '', 'garbage'])('%s -> en', (locale) => {
    expect(osLanguage(locale)).toBe('en');
  });
});

function memorySettings(language?: 'de' | 'en'): SettingsStore {
  let current = language === undefined ? {} : { language };
  return {
    get: () => current,
    update: vi.fn(async (patch) => {
      current = { ...current, ...patch };
    }),
  };
}

describe('startupLanguage', () => {
  it('follows the OS on first start', () => {
    expect(startupLanguage(memorySettings(), 'de-AT')).toBe('de');
    expect(startupLanguage(memorySettings(), 'sv-SE')).toBe('en');
  });
  it('prefers the language the user chose last time', () => {
    expect(startupLanguage(memorySettings('en'), 'de-DE')).toBe('en');
  });
});

describe('app:set-language', () => {
  it('stores the language and rebuilds the menu', async () => {
    const settings = memorySettings();
    const applyMenu = vi.fn();
    await createSetLanguageHandler({ settings, applyMenu })({ language: 'de' });
    expect(applyMenu).toHaveBeenCalledWith('de');
    expect(settings.get().language).toBe('de');
  });
});

describe('app:info', () => {
  const deps = { getVersion: () => '0.1.0', getLocale: () => 'en-US', platform: 'linux' };
  it('reports version, the preferred OS language and platform', () => {
    expect(getAppInfo({ ...deps, getPreferredSystemLanguages: () => ['de-DE', 'en-US'] })).toEqual({
      version: '0.1.0',
      osLocale: 'de-DE',
      platform: 'linux',
    });
  });
  it('falls back to the app locale when the OS lists no language', () => {
    expect(getAppInfo({ ...deps, getPreferredSystemLanguages: () => [] }).osLocale).toBe('en-US');
  });
});
