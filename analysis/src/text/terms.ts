import { isStopWord, stem, tokenize, type Language } from './language.js';

export interface TermOptions {
  /** Reduce words to their stems (default true). */
  stem?: boolean;
  /** Leave out the language's stop words (default true). */
  removeStopWords?: boolean;
  /** Leave out words shorter than this many code points (default 1). */
  minLength?: number;
}

/** A word of a text as an analysis unit: its term (stem or form), its form and its code-point span. */
export interface TermToken {
  term: string;
  form: string;
  start: number;
  end: number;
}

/** The words of a text that count for analysis, in text order, each with its term. */
export function termTokens(text: string, language: Language, options: TermOptions = {}): TermToken[] {
  const { stem: stemmed = true, removeStopWords = true, minLength = 1 } = options;
  const result: TermToken[] = [];
  for (const token of tokenize(text, language)) {
    if (removeStopWords && isStopWord(token.form, language)) continue;
    if (token.end - token.start < minLength) continue;
    const term = stemmed ? stem(token.form, language) : token.form;
    result.push({ term, form: token.form, start: token.start, end: token.end });
  }
  return result;
}

/** Just the terms of a text, in text order: the bag of words for counting and classifying. */
export function extractTerms(text: string, language: Language, options: TermOptions = {}): string[] {
  return termTokens(text, language, options).map((token) => token.term);
}
