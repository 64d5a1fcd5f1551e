/**
 * The UI language on main's side (the menu). The renderer decides the language of the UI
 * and tells main via app:set-language; main remembers it so the next start's menu matches.
 */
import type { Language } from '../../contract';
import type { SettingsStore } from './settings';

/** First-start language from an OS locale: German for "de" and every "de-*", else English. */
export function osLanguage(locale: string): Language {
  const tag = locale.trim().toLowerCase();
  // "de_DE" is how some Linux environments spell it.
  return tag === 'de' || tag.startsWith('de-') || tag.startsWith('de_') ? 'de' : 'en';
}

/** The stored language, or the OS's on first start (or after a corrupt settings file). */
export function startupLanguage(settings: SettingsStore, osLocale: string): Language {
  return settings.get().language ?? osLanguage(osLocale);
}

export interface SetLanguageDeps {
  settings: SettingsStore;
  /** Rebuilds the application menu in the new language. */
  applyMenu: (language: Language) => void;
}

export function createSetLanguageHandler(deps: SetLanguageDeps) {
  return async ({ language }: { language: Language }): Promise<void> => {
    // Menu first: the user sees the change even if the settings file cannot be written.
    deps.applyMenu(language);
    await deps.settings.update({ language });
  };
}
