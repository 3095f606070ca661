import type { Language } from '../text/language.js';
import { multiLabelMetrics, type MultiLabelMetrics } from './classification-metrics.js';
import type { CodedPassage, TrainSuggesterOptions } from './code-suggester-model.js';
import { mulberry32 } from './mulberry32.js';
import { suggestCodes } from './suggest-codes.js';
import { SuggestionInputError } from './suggestion-input-error.js';
import { trainCodeSuggester } from './train-code-suggester.js';

export type CrossValidationMethod = 'logistic-regression' | 'prior-frequency';

export interface CrossValidationOptions extends TrainSuggesterOptions {
  /** Number of folds (default 5, at least 2). */
  folds?: number;
  /** Seed for the fold assignment and the baseline's draws (default 1). */
  seed?: number;
  /** A code counts as suggested when its probability is at least this (default 0.5). */
  threshold?: number;
  /**
   * 'logistic-regression' (default) evaluates the suggester; 'prior-frequency' is the baseline that
   * gives each code at random with its training frequency in the passage's language, ignoring the text.
   */
  method?: CrossValidationMethod;
}

export interface CrossValidationReport extends MultiLabelMetrics {
  method: CrossValidationMethod;
  folds: number;
  seed: number;
  threshold: number;
  passages: number;
}

/**
 * k-fold cross-validation: passages are shuffled with a seeded PRNG and dealt into folds; each fold
 * is predicted by a model trained on the others, and precision, recall and F1 are computed from the
 * pooled predictions. The same seed gives the same folds for both methods, so they compare fairly.
 */
export function crossValidate(passages: readonly CodedPassage[], options: CrossValidationOptions = {}): CrossValidationReport {
  const { folds = 5, seed = 1, threshold = 0.5, method = 'logistic-regression', ...trainOptions } = options;
  if (!Number.isInteger(folds) || folds < 2) invalid('folds', folds);
  if (!(threshold > 0 && threshold <= 1)) invalid('threshold', threshold);
  if (!Number.isFinite(seed)) invalid('seed', seed);

  const foldOf = assignCrossValidationFolds(passages.length, folds, seed);
  const draw = mulberry32(seed ^ 0x9e3779b9);
  const predictions: string[][] = passages.map(() => []);
  for (let fold = 0; fold < folds; fold += 1) {
    const training = passages.filter((_, index) => foldOf[index] !== fold);
    const heldOut = passages.flatMap((_, index) => (foldOf[index] === fold ? [index] : []));
    if (method === 'prior-frequency') {
      const priors = codePriors(training);
      for (const index of heldOut) {
        const languagePriors = priors.get(passages[index].language) ?? [];
        predictions[index] = languagePriors.filter(({ prior }) => draw() < prior).map(({ codeId }) => codeId);
      }
    } else {
      const model = trainCodeSuggester(training, trainOptions);
      for (const index of heldOut) {
        predictions[index] = suggestCodes(model, passages[index], { minProbability: threshold }).map((s) => s.codeId);
      }
    }
  }
  const metrics = multiLabelMetrics(
    passages.map((passage) => passage.codeIds),
    predictions,
  );
  return { method, folds, seed, threshold, passages: passages.length, ...metrics };
}

/** Fold of each passage: a seeded Fisher–Yates shuffle of the indices, dealt round-robin. */
export function assignCrossValidationFolds(count: number, folds: number, seed: number): number[] {
  const random = mulberry32(seed);
  const order = Array.from({ length: count }, (_, index) => index);
  for (let i = count - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const foldOf = new Array<number>(count);
  order.forEach((passageIndex, position) => {
    foldOf[passageIndex] = position % folds;
  });
  return foldOf;
}

function codePriors(training: readonly CodedPassage[]): Map<Language, { codeId: string; prior: number }[]> {
  const byLanguage = new Map<Language, CodedPassage[]>();
  for (const passage of training) {
    const group = byLanguage.get(passage.language) ?? [];
    group.push(passage);
    byLanguage.set(passage.language, group);
  }
  const priors = new Map<Language, { codeId: string; prior: number }[]>();
  for (const [language, group] of byLanguage) {
    const counts = new Map<string, number>();
    for (const passage of group) for (const codeId of new Set(passage.codeIds)) counts.set(codeId, (counts.get(codeId) ?? 0) + 1);
    priors.set(
      language,
      [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([codeId, count]) => ({ codeId, prior: count / group.length })),
    );
  }
  return priors;
}

function invalid(option: string, value: number): never {
  throw new SuggestionInputError('SUGGESTION_INVALID_OPTION', `invalid ${option}: ${value}`, { option, value });
}
