import { isForbiddenKey, isPlainObject, nonEmptyString } from './json-values.js';

/** Text per language code, e.g. `{ en: 'Yes', de: 'Ja' }`. SurveyJS's `default` is resolved. */
export type LocalizedText = Record<string, string>;

/** SurveyJS's key for "the survey's default locale". */
export const DEFAULT_LOCALE_KEY = 'default';

/**
 * The language a survey's `default` strings are written in: its `locale` property when set,
 * English otherwise (SurveyJS's own default locale).
 */
export function surveyDefaultLanguage(definition: unknown): string {
  const locale = isPlainObject(definition) ? definition.locale : undefined;
  return nonEmptyString(locale) ? locale : 'en';
}

/**
 * Reads a SurveyJS localizable value: a plain string is the default language only; an object maps
 * locale keys to texts, `default` meaning `defaultLanguage`. An explicit key (say `en`) wins over
 * `default` when both exist. Empty texts count as absent.
 */
export function localizedTextOf(raw: unknown, defaultLanguage: string): LocalizedText {
  const text: LocalizedText = {};
  if (typeof raw === 'string') {
    if (raw.trim() !== '') text[defaultLanguage] = raw;
    return text;
  }
  if (!isPlainObject(raw)) return text;
  for (const [key, value] of Object.entries(raw)) {
    if (key === DEFAULT_LOCALE_KEY || isForbiddenKey(key) || !nonEmptyString(value)) continue;
    text[key] = value;
  }
  const fallback = raw[DEFAULT_LOCALE_KEY];
  if (nonEmptyString(fallback) && !Object.hasOwn(text, defaultLanguage)) text[defaultLanguage] = fallback;
  return text;
}
