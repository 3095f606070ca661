import { LANGUAGES, stopWords, tokenize, type Language } from './language.js';

export interface LanguageGuess {
  /** The language with the largest share of stop words, or null when no stop word of any candidate occurs. */
  language: Language | null;
  /** The best score's share of all scores (0–1): 1 when only one language had hits, 1/k on a k-way tie. */
  confidence: number;
  /** Per candidate, the share of the text's words that are its stop words. */
  scores: Record<Language, number>;
}

/**
 * A suggestion, not a verdict: scores each candidate language by the share of words that are its stop
 * words. One-letter stop words are ignored because they are shared across languages (a, e, i, o).
 */
export function detectLanguage(text: string, candidates: readonly Language[] = LANGUAGES): LanguageGuess {
  const unique = [...new Set(candidates)];
  const scores: Record<Language, number> = { nl: 0, de: 0, it: 0, en: 0 };
  for (const language of unique) {
    const tokens = tokenize(text, language);
    if (tokens.length === 0) continue;
    const list = stopWords(language);
    const hits = tokens.filter((token) => token.end - token.start > 1 && list.has(token.form)).length;
    scores[language] = hits / tokens.length;
  }
  let best: Language | null = null;
  let total = 0;
  for (const language of unique) {
    total += scores[language];
    if (scores[language] > 0 && (best === null || scores[language] > scores[best])) best = language;
  }
  return { language: best, confidence: best === null ? 0 : scores[best] / total, scores };
}
