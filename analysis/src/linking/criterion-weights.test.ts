import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criterionWeights, rankOrderCentroid, respondentWeights } from './criterion-weights.js';
import type { ImportanceResponse } from './linking-types.js';

const CRITERIA = ['a', 'b', 'c'];
const scale = { min: 1, max: 5 };
const response = (id: string, group: string, ratings: Record<string, number>, ranking?: string[]): ImportanceResponse => ({
  responseId: id,
  participantId: `p-${id}`,
  group,
  ratings,
  ratingScale: scale,
  ...(ranking ? { ranking } : {}),
});

describe(rankOrderCentroid.name, () => {
  it.each([
    [1, [1]],
    [2, [3 / 4, 1 / 4]],
    [3, [11 / 18, 5 / 18, 2 / 18]],
  ])('gives the centroid weights for %i ranked items', (n, expected) => {
    rankOrderCentroid(n).forEach((w, i) => expect(w).toBeCloseTo(expected[i], 12));
  });
});

describe(respondentWeights.name, () => {
  it.each<[string, ImportanceResponse, number[] | null, string[]]>([
    ['ratings only: points over their sum', response('1', 'g', { a: 5, b: 3, c: 2 }), [0.5, 0.3, 0.2], ['rating']],
    ['ranking only: rank-order centroid', response('2', 'g', {}, ['c', 'a', 'b']), [5 / 18, 2 / 18, 11 / 18], ['ranking']],
    ['both: the mean of the two', response('3', 'g', { a: 5, b: 3, c: 2 }, ['c', 'a', 'b']), [(0.5 + 5 / 18) / 2, (0.3 + 2 / 18) / 2, (0.2 + 11 / 18) / 2], ['rating', 'ranking']],
    ['all lowest ratings: equal weights, not undefined', response('4', 'g', { a: 1, b: 1, c: 1 }), [1 / 3, 1 / 3, 1 / 3], ['rating']],
    ['incomplete ratings are not used, the ranking is', response('5', 'g', { a: 5, b: 3 }, ['a', 'b', 'c']), [11 / 18, 5 / 18, 2 / 18], ['ranking']],
    ['a ranking naming a criterion twice is not used', response('6', 'g', { a: 2, b: 2, c: 4 }, ['a', 'a', 'b']), [0.25, 0.25, 0.5], ['rating']],
    ['nothing complete: no weights', response('7', 'g', { a: 3 }, ['a']), null, []],
  ])('%s', (_name, input, expected, components) => {
    const result = respondentWeights(input, CRITERIA);
    if (expected === null) return expect(result).toBeNull();
    expect(result?.components).toEqual(components);
    result?.weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 12));
  });

  it('reads ratings as points from the scale minimum (0–10 scale: 0 counts 1 point)', () => {
    const result = respondentWeights({ ...response('8', 'g', { a: 0, b: 4, c: 9 }), ratingScale: { min: 0, max: 10 } }, CRITERIA);
    expect(result?.weights).toEqual([1 / 16, 5 / 16, 10 / 16]);
  });
});

describe(criterionWeights.name, () => {
  it('marks a group without responses as missing, with null weights', () => {
    const [group] = criterionWeights([], ['patient'], CRITERIA, { draws: 10 });
    expect(group.missing).toBe('no_responses');
    expect(group.draws).toBeNull();
    expect(group.weights.map((w) => w.estimate)).toEqual([null, null, null]);
  });

  it('averages respondents and brackets the mean with the bootstrap interval', () => {
    const responses = [response('1', 'g', { a: 5, b: 3, c: 2 }), response('2', 'g', { a: 2, b: 3, c: 5 }), response('x', 'other', { a: 1, b: 1, c: 1 }), response('bad', 'g', { a: 1 })];
    const [group] = criterionWeights(responses, ['g'], CRITERIA, { draws: 500, seed: 3 });
    expect(group.respondents).toBe(2);
    expect(group.responseIds).toEqual(['1', '2']);
    expect(group.excludedResponseIds).toEqual(['bad']);
    const [a, b, c] = group.weights.map((w) => w.estimate);
    expect(a?.value).toBeCloseTo(0.35, 12);
    expect(b).toEqual({ value: 0.3, low: 0.3, high: 0.3 }); // both said 0.3: no uncertainty
    expect(c?.value).toBeCloseTo(0.35, 12);
    expect(a?.low).toBeCloseTo(0.2, 12);
    expect(a?.high).toBeCloseTo(0.5, 12);
    expect(group.draws).toHaveLength(500 * 3);
  });

  it('gives a single respondent an interval of width zero', () => {
    const [group] = criterionWeights([response('1', 'g', { a: 5, b: 3, c: 2 })], ['g'], CRITERIA, { draws: 50 });
    expect(group.weights.map((w) => w.estimate)).toEqual([
      { value: 0.5, low: 0.5, high: 0.5 },
      { value: 0.3, low: 0.3, high: 0.3 },
      { value: 0.2, low: 0.2, high: 0.2 },
    ]);
  });

  it('is reproducible with the same seed and differs with another', () => {
    const responses = [1, 2, 3, 4, 5].map((i) => response(String(i), 'g', { a: i, b: 6 - i, c: 3 }));
    const run = (seed: number) => criterionWeights(responses, ['g'], CRITERIA, { draws: 200, seed })[0].weights;
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('keeps weights and every bootstrap draw summing to 1 (property)', () => {
    const rating = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, rating, rating), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 1000 }), (rows, seed) => {
        const responses = rows.map(([a, b, c], i) => response(String(i), 'g', { a, b, c }));
        const [group] = criterionWeights(responses, ['g'], CRITERIA, { draws: 20, seed });
        const total = group.weights.reduce((sum, w) => sum + (w.estimate?.value ?? 0), 0);
        expect(total).toBeCloseTo(1, 10);
        for (let d = 0; d < 20; d++) expect((group.draws as Float64Array).subarray(d * 3, d * 3 + 3).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
      }),
      { numRuns: 100 },
    );
  });
});
