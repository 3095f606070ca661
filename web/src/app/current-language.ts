import { i18n } from './i18n';
import { isLanguage } from './is-language';
import { FALLBACK_LANGUAGE, type Language } from './languages';

/** The language the interface is shown in right now, always one of the four supported. */
export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(resolved) ? resolved : FALLBACK_LANGUAGE;
}
