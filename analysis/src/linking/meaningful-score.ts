import { interpolatedQuantile } from '../agreement/bootstrap-interval.js';
import { createRandom, type RandomSource } from '../agreement/random.js';
import type { GroupWeights } from './criterion-weights.js';
import type { Estimate, MissingReason } from './linking-types.js';
import type { CriterionPerformance } from './package-performance.js';

export interface ScoreOptions {
  /** Monte Carlo draws. Default 10 000. */
  readonly draws?: number;
  readonly seed?: number;
  readonly confidence?: number;
  /**
   * Also vary each package's performance within its interval (normal, the interval read as ±z·sd,
   * clipped to 0–1). Default true: a rank that holds only because one benchmark interval was ignored
   * is not stable.
   */
  readonly performanceUncertainty?: boolean;
}

export interface PackageScore {
  readonly packageId: string;
  /** Weighted sum at the mean weights and point performances, with the Monte Carlo percentile interval. */
  readonly score: Estimate | null;
  /** Per criterion used: renormalised weight × performance at the point estimates. */
  readonly contributions: ReadonlyArray<{ readonly criterion: string; readonly weight: number; readonly performance: number; readonly contribution: number }>;
  /** Probability of rank 1, 2, … (index 0 is rank 1); sums to 1. Null when no score. */
  readonly rankProbabilities: readonly number[] | null;
  readonly expectedRank: number | null;
  /** Rank at the point estimates (1 = best). */
  readonly rank: number | null;
}

export interface GroupScores {
  readonly group: string;
  /** Criteria measured for every package: only these enter the score, so packages are compared alike. */
  readonly criteriaUsed: readonly string[];
  readonly criteriaLeftOut: readonly string[];
  readonly packages: readonly PackageScore[];
  readonly draws: number;
  readonly seed: number;
  readonly responseIds: readonly string[];
  readonly missing: MissingReason | null;
}

export const SCORE_DEFAULTS = { draws: 10_000, seed: 1, confidence: 0.95, performanceUncertainty: true } as const;

/** A standard normal deviate (Box–Muller) from a uniform source. */
export function standardNormal(random: RandomSource): number {
  const u = 1 - random(); // (0, 1]: log is finite
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** z of a two-sided normal interval with this coverage (0.95 → 1.959964), by bisection on erf. */
export function normalQuantileTwoSided(confidence: number): number {
  const target = (1 + confidence) / 2;
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function normalCdf(x: number): number {
  // Abramowitz & Stegun 7.1.26 is too coarse for a quantile; use the complementary error function series.
  return 0.5 * erfc(-x / Math.SQRT2);
}

function erfc(x: number): number {
  // Numerical Recipes' erfcc (Chebyshev), relative error < 1.2e-7 everywhere.
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886187 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Ranks (1 = highest) of scores; ties keep the given package order so the result is deterministic. */
export function ranksOf(scores: ArrayLike<number>): number[] {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const ranks = new Array<number>(scores.length);
  order.forEach((index, position) => (ranks[index] = position + 1));
  return ranks;
}

/**
 * The meaningful-AI score of each package for each group, S = Σ_c w_c · p_c over the criteria that
 * were measured for every package (weights renormalised over those), and how stable the ranking is:
 * in each of `draws` Monte Carlo draws the weights are one bootstrap draw of the group's weights and,
 * optionally, each performance is drawn within its interval; the share of draws in which a package
 * lands on rank r is its probability of rank r. The performance draws are shared by all groups, so
 * differences between groups come from their weights alone.
 */
export function meaningfulScores(
  weights: readonly GroupWeights[],
  performance: readonly CriterionPerformance[],
  packageIds: readonly string[],
  options: ScoreOptions = {},
): GroupScores[] {
  const draws = options.draws ?? SCORE_DEFAULTS.draws;
  const seed = options.seed ?? SCORE_DEFAULTS.seed;
  const confidence = options.confidence ?? SCORE_DEFAULTS.confidence;
  const vary = options.performanceUncertainty ?? SCORE_DEFAULTS.performanceUncertainty;
  if (!Number.isSafeInteger(draws) || draws < 1) throw new RangeError(`draws must be a positive integer, got ${draws}`);
  const criteria = weights[0]?.criteria ?? [];
  const cell = new Map(performance.map((p) => [`${p.packageId}\u0000${p.criterion}`, p]));
  const criteriaUsed = criteria.filter((criterion) => packageIds.length > 0 && packageIds.every((id) => cell.get(`${id}\u0000${criterion}`)?.estimate));
  const criteriaLeftOut = criteria.filter((criterion) => !criteriaUsed.includes(criterion));
  const usedIndex = criteriaUsed.map((criterion) => criteria.indexOf(criterion));
  const p = packageIds.length;
  const u = criteriaUsed.length;
  const point = packageIds.map((id) => criteriaUsed.map((criterion) => cell.get(`${id}\u0000${criterion}`)?.estimate?.value ?? 0));
  const performanceDraws = drawPerformances(packageIds, criteriaUsed, cell, draws, seed, confidence, vary);
  const tail = (1 - confidence) / 2;

  return weights.map((group) => {
    const base = { group: group.group, criteriaUsed, criteriaLeftOut, draws, seed, responseIds: group.responseIds };
    const empty = (missing: MissingReason): GroupScores => ({
      ...base,
      packages: packageIds.map((packageId) => ({ packageId, score: null, contributions: [], rankProbabilities: null, expectedRank: null, rank: null })),
      missing,
    });
    if (!group.draws || group.weights.some((w) => w.estimate === null)) return empty('no_weights');
    if (u === 0 || p === 0) return empty('no_common_criteria');
    const meanWeights = renormalised(usedIndex.map((k) => group.weights[k].estimate?.value ?? 0));
    const pointScores = point.map((row) => row.reduce((sum, value, k) => sum + meanWeights[k] * value, 0));
    const pointRanks = ranksOf(pointScores);
    const c = criteria.length;
    const bootstrapRows = group.draws.length / c;
    const rankCounts = new Float64Array(p * p);
    const scoreDraws = packageIds.map(() => new Float64Array(draws));
    const scores = new Float64Array(p);
    const w = new Float64Array(u);
    for (let draw = 0; draw < draws; draw++) {
      const row = (draw % bootstrapRows) * c;
      let total = 0;
      for (let k = 0; k < u; k++) total += w[k] = group.draws[row + usedIndex[k]];
      for (let i = 0; i < p; i++) {
        let s = 0;
        const offset = (draw * p + i) * u;
        for (let k = 0; k < u; k++) s += (total > 0 ? w[k] / total : 1 / u) * performanceDraws[offset + k];
        scores[i] = s;
        scoreDraws[i][draw] = s;
      }
      // Rank without allocating: 1 + how many beat it (ties go to the earlier package, as in ranksOf).
      for (let i = 0; i < p; i++) {
        let rank = 0;
        for (let j = 0; j < p; j++) if (scores[j] > scores[i] || (scores[j] === scores[i] && j < i)) rank++;
        rankCounts[i * p + rank]++;
      }
    }
    const packages = packageIds.map((packageId, i): PackageScore => {
      const sorted = scoreDraws[i].sort();
      const rankProbabilities = Array.from(rankCounts.subarray(i * p, (i + 1) * p), (count) => count / draws);
      return {
        packageId,
        score: { value: pointScores[i], low: interpolatedQuantile(sorted, tail), high: interpolatedQuantile(sorted, 1 - tail) },
        contributions: criteriaUsed.map((criterion, k) => ({ criterion, weight: meanWeights[k], performance: point[i][k], contribution: meanWeights[k] * point[i][k] })),
        rankProbabilities,
        expectedRank: rankProbabilities.reduce((sum, probability, r) => sum + probability * (r + 1), 0),
        rank: pointRanks[i],
      };
    });
    return { ...base, packages, missing: null };
  });
}

function renormalised(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  return total > 0 ? values.map((value) => value / total) : values.map(() => 1 / values.length);
}

/** draws × packages × criteria performances: the point values, or normal draws within the intervals. */
function drawPerformances(
  packageIds: readonly string[],
  criteria: readonly string[],
  cell: ReadonlyMap<string, CriterionPerformance>,
  draws: number,
  seed: number,
  confidence: number,
  vary: boolean,
): Float64Array {
  const p = packageIds.length;
  const u = criteria.length;
  const out = new Float64Array(draws * p * u);
  const z = normalQuantileTwoSided(confidence);
  const estimates = packageIds.flatMap((id) => criteria.map((criterion) => cell.get(`${id}\u0000${criterion}`)?.estimate ?? { value: 0, low: 0, high: 0 }));
  const random = createRandom(seed * 7919 + 17);
  for (let draw = 0; draw < draws; draw++) {
    const offset = draw * p * u;
    for (let j = 0; j < p * u; j++) {
      const e = estimates[j];
      const sd = (e.high - e.low) / (2 * z);
      out[offset + j] = vary && sd > 0 ? Math.min(1, Math.max(0, e.value + sd * standardNormal(random))) : e.value;
    }
  }
  return out;
}
