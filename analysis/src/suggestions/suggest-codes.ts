import type { Language } from '../text/language.js';
import type { CodeSuggesterModel, CodeSuggestion } from './code-suggester-model.js';
import { predictProbability } from './logistic-regression.js';
import { passageTerms, toSparseExample } from './passage-features.js';

export interface SuggestOptions {
  /** Leave out codes below this probability (default 0: all codes, ranked). */
  minProbability?: number;
  /** Return at most this many codes (default all). */
  limit?: number;
}

/** A segment not yet coded, in a known language. */
export interface UncodedSegment {
  id: string;
  language: Language;
  text: string;
}

export interface SegmentSuggestions {
  segmentId: string;
  suggestions: CodeSuggestion[];
}

/**
 * Codes that may fit a passage, most probable first. Only a suggestion: nothing is applied or
 * changed, and a language the model was not trained on gets no suggestions.
 */
export function suggestCodes(
  model: CodeSuggesterModel,
  passage: { language: Language; text: string },
  options: SuggestOptions = {},
): CodeSuggestion[] {
  const { minProbability = 0, limit = Number.POSITIVE_INFINITY } = options;
  const suggester = model.languages.find((candidate) => candidate.language === passage.language);
  if (suggester === undefined) return [];
  const example = toSparseExample(passageTerms(passage.text, passage.language), suggester.vocabulary);
  return suggester.codes
    .map((code) => ({ codeId: code.codeId, probability: predictProbability(code, example) }))
    .filter((suggestion) => suggestion.probability >= minProbability)
    .sort((a, b) => b.probability - a.probability || (a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0))
    .slice(0, limit);
}

/** `suggestCodes` for each uncoded segment, in the order given. */
export function suggestCodesForSegments(
  model: CodeSuggesterModel,
  segments: readonly UncodedSegment[],
  options: SuggestOptions = {},
): SegmentSuggestions[] {
  return segments.map((segment) => ({ segmentId: segment.id, suggestions: suggestCodes(model, segment, options) }));
}
