import type { LocalizedText } from '../api/instrument';

/**
 * The text in the wanted language, else English (SurveyJS keeps it under `default`), else any
 * language there is; undefined when there is no text at all.
 */
export function localizedText(text: LocalizedText | string | undefined, language: string): string | undefined {
  if (typeof text === 'string') return text.trim() ? text : undefined;
  if (!text) return undefined;
  for (const candidate of [language, 'en', 'default']) {
    const value = text[candidate];
    if (value?.trim()) return value;
  }
  return Object.values(text).find((value): value is string => typeof value === 'string' && value.trim() !== '');
}
