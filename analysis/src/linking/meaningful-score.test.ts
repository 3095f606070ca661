import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../agreement/random.js';
import { criterionWeights } from './criterion-weights.js';
import type { Estimate, ImportanceResponse } from './linking-types.js';
import { meaningfulScores, normalQuantileTwoSided, ranksOf, standardNormal } from './meaningful-score.js';
import type { CriterionPerformance } from './package-performance.js';

const CRITERIA = ['a', 'b', 'c'];
const respondent = (id: string, a: number, b: number, c: number): ImportanceResponse => ({
  responseId: id,
  participantId: id,
  group: 'g',
  ratings: { a, b, c },
  ratingScale: { min: 1, max: 5 },
});
const point = (value: number): Estimate => ({ value, low: value, high: value });
const perf = (packageId: string, values: Record<string, Estimate | null>): CriterionPerformance[] =>
  CRITERIA.map((criterion) => ({
    packageId,
    criterion,
    estimate: values[criterion] ?? null,
    metrics: [],
    rowIds: [`${packageId}-${criterion}`],
    missing: values[criterion] ? null : 'no_metrics',
  }));

describe(ranksOf.name, () => {
  it('ranks the highest first and breaks ties by order', () => {
    expect(ranksOf([0.2, 0.9, 0.5])).toEqual([3, 1, 2]);
    expect(ranksOf([0.5, 0.5])).toEqual([1, 2]);
  });
});

describe(normalQuantileTwoSided.name, () => {
  it('matches the tables', () => {
    expect(normalQuantileTwoSided(0.95)).toBeCloseTo(1.959964, 5);
    expect(normalQuantileTwoSided(0.9)).toBeCloseTo(1.644854, 5);
  });
});

describe(standardNormal.name, () => {
  it('has mean 0 and variance 1', () => {
    const random = createRandom(5);
    const values = Array.from({ length: 20000 }, () => standardNormal(random));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

describe(meaningfulScores.name, () => {
  // One respondent rating a 5, b 3, c 2: weights 0.5, 0.3, 0.2 without uncertainty.
  const certain = criterionWeights([respondent('r1', 5, 3, 2)], ['g'], CRITERIA, { draws: 100 });

  it('is the weighted sum, with certain ranks when nothing varies', () => {
    const performance = [...perf('X', { a: point(1), b: point(0), c: point(0.5) }), ...perf('Y', { a: point(0), b: point(1), c: point(1) })];
    const [group] = meaningfulScores(certain, performance, ['X', 'Y'], { draws: 100, performanceUncertainty: false });
    expect(group.criteriaUsed).toEqual(CRITERIA);
    expect(group.packages[0].score).toEqual({ value: 0.6, low: 0.6, high: 0.6 });
    expect(group.packages[1].score?.value).toBeCloseTo(0.5, 12);
    expect(group.packages[0].rankProbabilities).toEqual([1, 0]);
    expect(group.packages[1].rankProbabilities).toEqual([0, 1]);
    expect(group.packages[0]).toMatchObject({ rank: 1, expectedRank: 1 });
    expect(group.packages[0].contributions.map((c) => c.contribution)).toEqual([0.5, 0, 0.1]);
  });

  it('leaves out a criterion not measured for every package and renormalises the weights', () => {
    const performance = [...perf('X', { a: point(1), b: point(0), c: point(0.5) }), ...perf('Y', { a: point(0), b: point(1) })];
    const [group] = meaningfulScores(certain, performance, ['X', 'Y'], { draws: 10, performanceUncertainty: false });
    expect(group.criteriaUsed).toEqual(['a', 'b']);
    expect(group.criteriaLeftOut).toEqual(['c']);
    expect(group.packages[0].score?.value).toBeCloseTo(0.625, 12);
    expect(group.packages[1].score?.value).toBeCloseTo(0.375, 12);
  });

  it('says why there is no score: no weights, or no criterion measured for all packages', () => {
    const none = criterionWeights([], ['g'], CRITERIA, { draws: 10 });
    const performance = perf('X', { a: point(1) });
    expect(meaningfulScores(none, performance, ['X'], { draws: 10 })[0]).toMatchObject({ missing: 'no_weights', packages: [{ score: null, rankProbabilities: null }] });
    expect(meaningfulScores(certain, perf('X', {}), ['X'], { draws: 10 })[0]).toMatchObject({ missing: 'no_common_criteria' });
  });

  it('splits rank probabilities when respondents disagree, and is reproducible', () => {
    const weights = criterionWeights([respondent('1', 5, 1, 1), respondent('2', 1, 5, 1), respondent('3', 5, 1, 1), respondent('4', 1, 5, 1)], ['g'], CRITERIA, { draws: 2000, seed: 2 });
    const performance = [...perf('X', { a: point(0.9), b: point(0.1), c: point(0.5) }), ...perf('Y', { a: point(0.1), b: point(0.9), c: point(0.5) })];
    const run = () => meaningfulScores(weights, performance, ['X', 'Y'], { draws: 2000, seed: 2 })[0];
    const [x, y] = run().packages;
    expect(x.rankProbabilities?.[0]).toBeGreaterThan(0.2);
    expect(x.rankProbabilities?.[0]).toBeLessThan(0.8);
    expect((x.rankProbabilities?.[0] ?? 0) + (y.rankProbabilities?.[0] ?? 0)).toBeCloseTo(1, 12);
    expect(run()).toEqual(run());
  });

  it('keeps every package’s and every rank’s probabilities summing to 1 (property)', () => {
    const estimate = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true })).map(([v, h]) => ({ value: v, low: Math.max(0, v - h), high: Math.min(1, v + h) }));
    fc.assert(
      fc.property(fc.array(fc.tuple(estimate, estimate, estimate), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 99 }), (packages, seed) => {
        const weights = criterionWeights([respondent('1', 5, 2, 1), respondent('2', 1, 3, 5)], ['g'], CRITERIA, { draws: 50, seed });
        const ids = packages.map((_, i) => `P${i}`);
        const performance = packages.flatMap(([a, b, c], i) => perf(ids[i], { a, b, c }));
        const [group] = meaningfulScores(weights, performance, ids, { draws: 50, seed });
        const matrix = group.packages.map((p) => p.rankProbabilities as number[]);
        for (const row of matrix) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
        for (let r = 0; r < ids.length; r++) expect(matrix.reduce((s, row) => s + row[r], 0)).toBeCloseTo(1, 10);
        for (const p of group.packages) expect(p.score?.low).toBeLessThanOrEqual((p.score?.high ?? 0) + 1e-12);
      }),
      { numRuns: 60 },
    );
  });
});
