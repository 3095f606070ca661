import type { Language } from '../../app/languages';

const loaded = new Map<Language, Promise<unknown>>();

/**
 * SurveyJS's own interface strings (Next, Complete, "Page 1 of 4") in the participant's language.
 * Only the chosen one is fetched; English is built in.
 */
export function surveyCoreLocale(language: Language): Promise<unknown> {
  let promise = loaded.get(language);
  if (!promise) {
    switch (language) {
      case 'nl':
        promise = import('survey-core/i18n/dutch');
        break;
      case 'de':
        promise = import('survey-core/i18n/german');
        break;
      case 'it':
        promise = import('survey-core/i18n/italian');
        break;
      case 'en':
        promise = Promise.resolve();
        break;
    }
    loaded.set(language, promise);
  }
  return promise;
}
