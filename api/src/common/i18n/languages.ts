export const SUPPORTED_LANGUAGES = ['nl', 'de', 'it', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: SupportedLanguage = 'en';

function isSupported(tag: string): tag is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(tag);
}

/**
 * Picks the best supported language from an Accept-Language header, honouring q-values
 * (`de-CH;q=0.9, it;q=0.8` → de). Unparseable headers fall back to English rather than fail.
 */
export function negotiateLanguage(acceptLanguage: string | string[] | undefined): SupportedLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return FALLBACK_LANGUAGE;
  const ranked = header
    .split(',')
    .slice(0, 32)
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = quality ? Number(quality.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.find((entry) => isSupported(entry.primary))?.primary as SupportedLanguage | undefined ?? FALLBACK_LANGUAGE;
}
