import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '../common/i18n/languages.js';
import { collectLocalizableStrings } from './localizable-strings.js';

export interface MissingTranslation {
  /** JSON path of the string in the definition. */
  path: string;
  /** Name of the question (or panel, page) the string belongs to; '' for survey-level texts. */
  context: string;
}

export interface LanguageCoverage {
  total: number;
  translated: number;
  missing: MissingTranslation[];
}

/** For each requested language: how many of the definition's strings exist in it, and which do not. */
export function translationReport<L extends SupportedLanguage>(definition: object, languages: readonly L[]): Record<L, LanguageCoverage> {
  const entries = collectLocalizableStrings(definition);
  const report = {} as Record<L, LanguageCoverage>;
  for (const language of languages) {
    const missing = entries
      .filter((entry) => !Object.hasOwn(entry.text, language))
      .map((entry) => ({ path: entry.path, context: entry.context }));
    report[language] = { total: entries.length, translated: entries.length - missing.length, missing };
  }
  return report;
}

/** Polyphony's languages that have at least one string in the definition, in canonical order. */
export function languagesOffered(definition: object): SupportedLanguage[] {
  const entries = collectLocalizableStrings(definition);
  return SUPPORTED_LANGUAGES.filter((language) => entries.some((entry) => Object.hasOwn(entry.text, language)));
}

/**
 * Share of the definition's strings available in each language, from 0 to 1 (1 when the
 * definition has no strings at all).
 */
export function translationCompleteness<L extends SupportedLanguage = SupportedLanguage>(
  definition: object,
  languages: readonly L[] = SUPPORTED_LANGUAGES as readonly SupportedLanguage[] as readonly L[],
): Record<L, number> {
  const report = translationReport(definition, languages);
  const completeness = {} as Record<L, number>;
  for (const language of languages) {
    const { total, translated } = report[language];
    completeness[language] = total === 0 ? 1 : translated / total;
  }
  return completeness;
}
