import i18next, { type BackendModule, type ReadCallback, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../app/languages';

// Only the participant namespace, one lazy chunk per language: a tablet set to Dutch downloads
// the Dutch strings and nothing else.
const surveyStrings = import.meta.glob<ResourceKey>('../../../../locales/*/survey.json', { import: 'default' });

const surveyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, _namespace: string, callback: ReadCallback) {
    const load = surveyStrings[`../../../../locales/${language}/survey.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : String(error), null),
    );
  },
};

/** Fetches a language's strings ahead of time (the file is cached), without switching to it. */
export function preloadParticipantLanguage(language: Language): Promise<unknown> {
  return surveyStrings[`../../../../locales/${language}/survey.json`]?.() ?? Promise.resolve();
}

/** The participant app's own i18next instance (the staff app's is never loaded here). */
export const participantI18n = i18next.createInstance();

let initialised: Promise<unknown> | null = null;

/** Shows the participant screens in `language`, loading its strings first (once). */
export async function applyParticipantLanguage(language: Language): Promise<void> {
  document.documentElement.lang = language;
  if (!initialised) {
    initialised = participantI18n
      .use(surveyBackend)
      .use(initReactI18next)
      .init({
        lng: language,
        // Every key exists in all four languages (a test checks), so no fallback is ever fetched.
        fallbackLng: false,
        ns: ['survey'],
        defaultNS: 'survey',
        interpolation: { escapeValue: false },
        returnNull: false,
        react: { useSuspense: true },
      });
    await initialised;
  } else {
    await initialised;
    if (participantI18n.language !== language) await participantI18n.changeLanguage(language);
  }
  document.title = participantI18n.t('survey:pageTitle');
}
