import type { Language } from '../../app/languages';

/** A promise that tells React's `use()` it has settled, so a loaded language never suspends a render. */
type TrackedPromise = Promise<unknown> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: unknown; reason?: unknown };

const loaded = new Map<Language, TrackedPromise>();

/**
 * SurveyJS's own interface strings (Next, Complete, "Page 1 of 4") in the participant's language.
 * Only the chosen one is fetched; English is built in.
 */
export function surveyCoreLocale(language: Language): Promise<unknown> {
  let promise: TrackedPromise | undefined = loaded.get(language);
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
    const tracked: TrackedPromise = promise;
    tracked.status = 'pending';
    tracked.then(
      (value) => Object.assign(tracked, { status: 'fulfilled', value }),
      (reason: unknown) => Object.assign(tracked, { status: 'rejected', reason }),
    );
    loaded.set(language, tracked);
  }
  return promise;
}
