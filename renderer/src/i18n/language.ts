import type { Language } from '../../../electron/contract';

export type { Language };
export const languages: readonly Language[] = ['de', 'en'];

/** German for "de" and any "de-*" locale, English for everything else. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale && /^de(-|_|$)/i.test(locale.trim()) ? 'de' : 'en';
}

/** The locale used for dates, numbers and sorting in each UI language. */
export function localeOf(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-GB';
}
