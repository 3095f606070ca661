import { describe, expect, it } from 'vitest';
import { computeLinking, type LinkingInput } from './linking.js';

const input: LinkingInput = {
  criteria: ['accuracy', 'cost'],
  groups: ['patient', 'radiologist'],
  tasks: ['progression'],
  packageIds: ['A', 'B'],
  thresholdMetrics: ['sensitivity'],
  importance: [
    { responseId: 'q1', participantId: 'p1', group: 'radiologist', ratings: { accuracy: 5, cost: 2 }, ratingScale: { min: 1, max: 5 }, ranking: ['accuracy', 'cost'] },
    { responseId: 'q2', participantId: 'p2', group: 'radiologist', ratings: { accuracy: 4, cost: 4 }, ratingScale: { min: 1, max: 5 } },
  ],
  taskValues: [{ responseId: 'q1', participantId: 'p1', group: 'radiologist', task: 'progression', value: 5, scale: { min: 1, max: 5 } }],
  thresholds: [{ responseId: 'q1', participantId: 'p1', group: 'radiologist', task: 'progression', metric: 'sensitivity', value: 0.8 }],
  transcripts: [{ transcriptId: 't1', participantId: 'p3', group: 'patient' }],
  codings: [{ codingId: 'c1', transcriptId: 't1', participantId: 'p3', group: 'patient', criterion: 'cost', valence: 'negative' }],
  benchmarkRows: [
    { rowId: 'b1', packageId: 'A', task: 'progression', center: null, metric: 'sensitivity', value: 0.9, ciLow: 0.85, ciHigh: 0.95, n: 50 },
    { rowId: 'b2', packageId: 'B', task: 'progression', center: null, metric: 'sensitivity', value: 0.7, ciLow: 0.6, ciHigh: 0.82, n: 50 },
  ],
  mapping: [{ criterion: 'accuracy', metric: 'sensitivity', direction: 'higher', normalisation: { kind: 'bounded', worst: 0.5, best: 1 }, weight: 1 }],
};

function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbers(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbers(v, out));
  return out;
}

describe(computeLinking.name, () => {
  it('computes every part, names what is missing and never yields NaN', () => {
    const result = computeLinking(input, { draws: 500, seed: 4 });
    expect(numbers(result).every(Number.isFinite)).toBe(true);
    expect(result.weights[0]).toMatchObject({ group: 'patient', missing: 'no_responses' });
    expect(result.weights[1].respondents).toBe(2);
    expect(result.scores[0].missing).toBe('no_weights');
    expect(result.scores[1]).toMatchObject({ criteriaUsed: ['accuracy'], criteriaLeftOut: ['cost'], missing: null });
    expect(result.scores[1].packages[0].rank).toBe(1);
    expect(result.thresholdMatrix.filter((c) => c.group === 'radiologist').map((c) => c.verdict)).toEqual(['meets', 'uncertain']);
    expect(result.salience.find((c) => c.group === 'patient' && c.criterion === 'cost')).toMatchObject({ codingIds: ['c1'], valenceBalance: -1 });
    expect(result.performance.find((p) => p.criterion === 'cost')?.missing).toBe('no_metrics');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('is reproducible with a seed', () => {
    expect(computeLinking(input, { draws: 300, seed: 9 })).toEqual(computeLinking(input, { draws: 300, seed: 9 }));
  });
});
