import { stem, tokenize, type Language } from './language.js';

export interface KeywordInContextOptions {
  /** Words of context on each side (default 5). */
  contextWords?: number;
  /**
   * Also match words whose stem starts with the query's stem (default false). Stemmers do not split
   * compounds, so German "Vertrauen" only finds "vertrauenswürdig" this way.
   */
  prefix?: boolean;
}

/** One occurrence of the query: `start`/`end` are half-open code-point offsets into the text. */
export interface KeywordInContextMatch {
  start: number;
  end: number;
  /** The matched words as written, between `start` and `end`. */
  match: string;
  /** The text before the match, from the start of the n-th word before it. */
  left: string;
  /** The text after the match, up to the end of the n-th word after it. */
  right: string;
}

/**
 * Keyword in context: every place where the stemmed query (one or more words) occurs in the text,
 * with surrounding words. Stop words count as words here, so "zorg voor" can be searched as said.
 */
export function keywordInContext(
  text: string,
  query: string,
  language: Language,
  options: KeywordInContextOptions = {},
): KeywordInContextMatch[] {
  const { prefix = false } = options;
  const contextWords = Math.max(0, Math.floor(options.contextWords ?? 5));
  const queryStems = tokenize(query, language).map((token) => stem(token.form, language));
  if (queryStems.length === 0) return [];
  const tokens = tokenize(text, language);
  const stems = tokens.map((token) => stem(token.form, language));
  const codePoints = Array.from(text);
  const slice = (from: number, to: number): string => codePoints.slice(from, to).join('');

  const matches: KeywordInContextMatch[] = [];
  for (let first = 0; first + queryStems.length <= tokens.length; first += 1) {
    const isMatch = queryStems.every((queryStem, offset) => {
      const textStem = stems[first + offset];
      return prefix ? textStem.startsWith(queryStem) : textStem === queryStem;
    });
    if (!isMatch) continue;
    const last = first + queryStems.length - 1;
    const { start } = tokens[first];
    const { end } = tokens[last];
    const leftFrom = tokens[Math.max(0, first - contextWords)].start;
    const rightTo = tokens[Math.min(tokens.length - 1, last + contextWords)].end;
    matches.push({ start, end, match: slice(start, end), left: slice(leftFrom, start), right: slice(end, rightTo) });
  }
  return matches;
}
