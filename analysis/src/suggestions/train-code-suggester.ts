import type { Language } from '../text/language.js';
import type {
  CodedPassage,
  CodeClassifier,
  CodeSuggesterModel,
  LanguageSuggester,
  TrainSuggesterOptions,
} from './code-suggester-model.js';
import { fitLogisticRegression } from './logistic-regression.js';
import { passageTerms, toSparseExample } from './passage-features.js';
import { SuggestionInputError } from './suggestion-input-error.js';

export const DEFAULT_SUGGESTER_OPTIONS: Required<TrainSuggesterOptions> = { l2: 0.001, iterations: 300, minDocumentFrequency: 1 };

/**
 * Trains one model per language on coded passages: for every code a one-vs-rest logistic regression
 * over the passages' stems (stop words removed), so a passage can get several codes.
 */
export function trainCodeSuggester(
  passages: readonly CodedPassage[],
  options: TrainSuggesterOptions = {},
): CodeSuggesterModel {
  const settings = { ...DEFAULT_SUGGESTER_OPTIONS, ...options };
  assertOptions(settings);
  const byLanguage = new Map<Language, CodedPassage[]>();
  for (const passage of passages) {
    const group = byLanguage.get(passage.language) ?? [];
    group.push(passage);
    byLanguage.set(passage.language, group);
  }
  const languages = [...byLanguage].map(([language, group]) => trainLanguage(language, group, settings));
  return { method: 'one-vs-rest-logistic-regression', languages };
}

function trainLanguage(
  language: Language,
  passages: readonly CodedPassage[],
  settings: Required<TrainSuggesterOptions>,
): LanguageSuggester {
  const termsPerPassage = passages.map((passage) => passageTerms(passage.text, language));
  const documentFrequency = new Map<string, number>();
  for (const terms of termsPerPassage) for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const kept = [...documentFrequency]
    .filter(([, frequency]) => frequency >= settings.minDocumentFrequency)
    .map(([term]) => term)
    .sort();
  const vocabulary = Object.fromEntries(kept.map((term, index) => [term, index]));
  const examples = termsPerPassage.map((terms) => toSparseExample(terms, vocabulary));

  const codeIds = [...new Set(passages.flatMap((passage) => passage.codeIds))].sort();
  const codes: CodeClassifier[] = codeIds.map((codeId) => {
    const labels = passages.map((passage) => passage.codeIds.includes(codeId));
    const { bias, weights } = fitLogisticRegression(examples, labels, kept.length, settings);
    return { codeId, positives: labels.filter(Boolean).length, bias, weights };
  });
  return { language, passages: passages.length, vocabulary, codes };
}

function assertOptions(settings: Required<TrainSuggesterOptions>): void {
  const { l2, iterations, minDocumentFrequency } = settings;
  if (!(l2 >= 0) || !Number.isFinite(l2)) invalid('l2', l2);
  if (!Number.isInteger(iterations) || iterations < 0) invalid('iterations', iterations);
  if (!Number.isInteger(minDocumentFrequency) || minDocumentFrequency < 1) invalid('minDocumentFrequency', minDocumentFrequency);
}

function invalid(option: string, value: number): never {
  throw new SuggestionInputError('SUGGESTION_INVALID_OPTION', `invalid ${option}: ${value}`, { option, value });
}
