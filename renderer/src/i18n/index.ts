import i18next, { type i18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { namespaces, resources } from './resources';
import { sentenceEndOptions, sentenceEndProcessor } from './sentence-end';
import type { Language } from './language';

/** An i18next instance set up as the app's: every namespace, one period at a sentence's end. */
export async function initTranslations(instance: i18n, language: Language): Promise<i18n> {
  await instance.use(sentenceEndProcessor).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: namespaces,
    defaultNS: 'common',
    // React escapes every string it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
    ...sentenceEndOptions,
  });
  return instance;
}

export async function initI18n(language: Language) {
  await initTranslations(i18next.use(initReactI18next), language);
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The current UI language, narrowed to the two we ship. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'de' ? 'de' : 'en';
}

export { i18next };
