import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { isLanguage } from './is-language';
import { FALLBACK_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY } from './languages';
import { localeBackend } from './locale-backend';

/** The app's one i18next instance; `initI18n` must have run before React renders. */
export const i18n = i18next.createInstance();

export function initI18n(): Promise<unknown> {
  i18n.on('languageChanged', () => {
    const language = i18n.resolvedLanguage ?? i18n.language;
    document.documentElement.lang = isLanguage(language) ? language : FALLBACK_LANGUAGE;
  });
  return i18n
    .use(localeBackend)
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      supportedLngs: [...LANGUAGES],
      // English stands in for languages Polyphony does not speak. A supported language needs no
      // fallback (a test keeps every key in all four), so a tablet downloads only its own strings.
      fallbackLng: (code: string) => (isLanguage(code) ? [] : [FALLBACK_LANGUAGE]),
      load: 'languageOnly',
      nonExplicitSupportedLngs: false,
      // The shell and the sign-in page need these at once; feature namespaces load when a page asks.
      ns: ['common', 'auth'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        // Only an explicit choice in the language switcher is remembered (see useChangeLanguage),
        // so the signed-in user's own language can still apply on a device nobody has set.
        caches: [],
        convertDetectedLanguage: (tag: string) => tag.split('-')[0]?.toLowerCase() ?? tag,
      },
      react: { useSuspense: true },
    });
}
