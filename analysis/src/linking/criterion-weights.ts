import { interpolatedQuantile } from '../agreement/bootstrap-interval.js';
import { createRandom, randomInteger } from '../agreement/random.js';
import type { Estimate, ImportanceResponse, MissingReason } from './linking-types.js';

export interface WeightOptions {
  /** Bootstrap resamples, also the Monte Carlo draws the scores use. Default 2000. */
  readonly draws?: number;
  /** Seed of the resampling; the same seed gives the same intervals and draws. Default 1. */
  readonly seed?: number;
  /** Two-sided coverage of the intervals. Default 0.95. */
  readonly confidence?: number;
}

/** One respondent's weights over the criteria (summing to 1), with the parts they came from. */
export interface RespondentWeights {
  readonly responseId: string;
  readonly weights: readonly number[];
  readonly components: ReadonlyArray<'rating' | 'ranking'>;
}

export interface CriterionWeight {
  readonly criterion: string;
  /** Mean of the respondents' weights with its percentile bootstrap interval; null when no respondents. */
  readonly estimate: Estimate | null;
}

export interface GroupWeights {
  readonly group: string;
  readonly criteria: readonly string[];
  /** Respondents whose answers gave weights. */
  readonly respondents: number;
  readonly weights: readonly CriterionWeight[];
  /** Responses the weights were computed from. */
  readonly responseIds: readonly string[];
  /** Responses of this group with neither a complete rating set nor a complete ranking. */
  readonly excludedResponseIds: readonly string[];
  /** Bootstrap draws, row-major (draw × criterion), each row summing to 1; null when no respondents. */
  readonly draws: Float64Array | null;
  readonly missing: MissingReason | null;
}

export const WEIGHT_DEFAULTS = { draws: 2000, seed: 1, confidence: 0.95 } as const;

/**
 * Rank-order centroid weights (Barron & Barrett 1996) for n ranked items: the k-th (1-based) gets
 * (1/n) Σ_{i=k..n} 1/i. They are the centre of all weight vectors consistent with the order, so a
 * ranking says no more than it says; they sum to 1.
 */
export function rankOrderCentroid(n: number): number[] {
  const weights = new Array<number>(n).fill(0);
  let tail = 0;
  for (let k = n; k >= 1; k--) {
    tail += 1 / k;
    weights[k - 1] = tail / n;
  }
  return weights;
}

/**
 * A respondent's weights: ratings become points 1..k (the scale's lowest answer is 1 point) divided
 * by their sum; a ranking becomes rank-order centroid weights; with both, their mean. A component
 * counts only when complete (every criterion rated, or every criterion ranked exactly once), so no
 * criterion gets weight merely because it was skipped. Null when neither component is complete.
 */
export function respondentWeights(response: ImportanceResponse, criteria: readonly string[]): RespondentWeights | null {
  const parts: number[][] = [];
  const components: Array<'rating' | 'ranking'> = [];
  const points = criteria.map((criterion) => response.ratings[criterion]);
  if (points.every((value) => typeof value === 'number' && Number.isFinite(value))) {
    const shifted = points.map((value) => Math.max(0, value - response.ratingScale.min + 1));
    const total = shifted.reduce((sum, value) => sum + value, 0);
    if (total > 0) {
      parts.push(shifted.map((value) => value / total));
      components.push('rating');
    }
  }
  const ranking = response.ranking;
  if (ranking && ranking.length === criteria.length && new Set(ranking).size === criteria.length && criteria.every((c) => ranking.includes(c))) {
    const centroid = rankOrderCentroid(criteria.length);
    parts.push(criteria.map((criterion) => centroid[ranking.indexOf(criterion)]));
    components.push('ranking');
  }
  if (parts.length === 0) return null;
  const weights = criteria.map((_, index) => parts.reduce((sum, part) => sum + part[index], 0) / parts.length);
  return { responseId: response.responseId, weights, components };
}

/**
 * Importance weights per stakeholder group: the mean of the respondents' weight vectors (so they sum
 * to 1), with percentile bootstrap intervals from resampling respondents with replacement (seeded).
 * The bootstrap draws are kept: the Monte Carlo of the scores reuses them, so the rank stability
 * reflects the same uncertainty the intervals show. A group without respondents gets null weights
 * and `missing: 'no_responses'`.
 */
export function criterionWeights(
  responses: readonly ImportanceResponse[],
  groups: readonly string[],
  criteria: readonly string[],
  options: WeightOptions = {},
): GroupWeights[] {
  const draws = options.draws ?? WEIGHT_DEFAULTS.draws;
  const seed = options.seed ?? WEIGHT_DEFAULTS.seed;
  const confidence = options.confidence ?? WEIGHT_DEFAULTS.confidence;
  if (!Number.isSafeInteger(draws) || draws < 1) throw new RangeError(`draws must be a positive integer, got ${draws}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must lie strictly between 0 and 1, got ${confidence}`);
  return groups.map((group, groupIndex) => {
    const own = responses.filter((response) => response.group === group);
    const respondents: RespondentWeights[] = [];
    const excluded: string[] = [];
    for (const response of own) {
      const weights = respondentWeights(response, criteria);
      if (weights) respondents.push(weights);
      else excluded.push(response.responseId);
    }
    const base = { group, criteria, respondents: respondents.length, responseIds: respondents.map((r) => r.responseId), excludedResponseIds: excluded };
    if (respondents.length === 0) {
      return { ...base, weights: criteria.map((criterion) => ({ criterion, estimate: null })), draws: null, missing: 'no_responses' as const };
    }
    const c = criteria.length;
    const n = respondents.length;
    const mean = criteria.map((_, index) => respondents.reduce((sum, r) => sum + r.weights[index], 0) / n);
    // Groups get their own stream so adding a group does not change another group's draws.
    const random = createRandom(seed * 1009 + groupIndex);
    const matrix = new Float64Array(draws * c);
    for (let draw = 0; draw < draws; draw++) {
      const row = draw * c;
      for (let i = 0; i < n; i++) {
        const picked = respondents[randomInteger(random, n)].weights;
        for (let k = 0; k < c; k++) matrix[row + k] += picked[k];
      }
      for (let k = 0; k < c; k++) matrix[row + k] /= n;
    }
    const tail = (1 - confidence) / 2;
    const weights = criteria.map((criterion, k) => {
      const column = new Float64Array(draws);
      for (let draw = 0; draw < draws; draw++) column[draw] = matrix[draw * c + k];
      column.sort();
      return { criterion, estimate: { value: mean[k], low: interpolatedQuantile(column, tail), high: interpolatedQuantile(column, 1 - tail) } };
    });
    return { ...base, weights, draws: matrix, missing: null };
  });
}
