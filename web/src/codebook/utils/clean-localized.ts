import { LANGUAGES } from '../../app/languages';
import type { LocalizedTexts } from '../api/code';

/** Trimmed texts without the empty languages: the API accepts no empty strings. */
export function cleanLocalized(texts: LocalizedTexts): LocalizedTexts {
  const clean: LocalizedTexts = {};
  for (const language of LANGUAGES) {
    const value = texts[language]?.trim();
    if (value) clean[language] = value;
  }
  return clean;
}
