import { isLanguage } from '../../app/is-language';
import { FALLBACK_LANGUAGE, type Language } from '../../app/languages';

/** The first supported language among the candidates (full tags like `de-AT` count as `de`). */
export function initialLanguage(...candidates: ReadonlyArray<string | null | undefined>): Language {
  for (const candidate of candidates) {
    const code = candidate?.split('-')[0]?.toLowerCase();
    if (isLanguage(code)) return code;
  }
  return FALLBACK_LANGUAGE;
}
