import { LANGUAGES } from '../../app/languages';
import type { LocalizedTexts } from '../api/code';

/** True when two localized texts say the same in every language (key order does not matter). */
export function sameLocalized(a: LocalizedTexts, b: LocalizedTexts): boolean {
  return LANGUAGES.every((language) => (a[language]?.trim() ?? '') === (b[language]?.trim() ?? ''));
}
