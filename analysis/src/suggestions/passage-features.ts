import type { Language } from '../text/language.js';
import { extractTerms } from '../text/terms.js';
import type { SparseExample } from './logistic-regression.js';

/** The distinct terms of a passage: stems with stop words removed, via the text module. */
export function passageTerms(text: string, language: Language): string[] {
  return [...new Set(extractTerms(text, language))];
}

/** A passage's terms as a unit-length binary vector over a vocabulary; unknown terms are dropped. */
export function toSparseExample(terms: readonly string[], vocabulary: Readonly<Record<string, number>>): SparseExample {
  const indices = terms.filter((term) => Object.hasOwn(vocabulary, term)).map((term) => vocabulary[term]);
  return { indices, value: indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0 };
}
