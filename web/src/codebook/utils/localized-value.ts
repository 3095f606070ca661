import type { LocalizedTexts } from '../api/code';

/** The text in the wanted language, else English, else any language there is; '' when none. */
export function localizedValue(texts: LocalizedTexts | undefined, language: string): string {
  if (!texts) return '';
  for (const candidate of [language, 'en']) {
    const value = texts[candidate as keyof LocalizedTexts];
    if (value?.trim()) return value;
  }
  return Object.values(texts).find((value): value is string => typeof value === 'string' && value.trim() !== '') ?? '';
}
