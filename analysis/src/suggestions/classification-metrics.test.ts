import { describe, expect, it } from 'vitest';
import { multiLabelMetrics } from './classification-metrics.js';

describe(multiLabelMetrics.name, () => {
  it('returns NaN averages and no codes when there is no data', () => {
    const result = multiLabelMetrics([], []);
    expect(result.perCode).toEqual([]);
    expect(result.macro.precision).toBeNaN();
    expect(result.micro.f1).toBeNaN();
  });

  it('returns 1 everywhere when predictions are perfect', () => {
    const truth = [['trust'], ['cost', 'trust']];
    const result = multiLabelMetrics(truth, truth);
    expect(result.macro).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(result.micro).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('returns per-code counts and scores, with zero precision for a code never predicted', () => {
    const truth = [['trust'], ['trust'], ['cost'], ['cost', 'trust']];
    const predicted = [['trust'], [], ['trust'], ['trust']];
    const result = multiLabelMetrics(truth, predicted);
    expect(result.perCode).toEqual([
      { codeId: 'cost', support: 2, predicted: 0, truePositives: 0, precision: 0, recall: 0, f1: 0 },
      { codeId: 'trust', support: 3, predicted: 3, truePositives: 2, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 },
    ]);
    expect(result.macro.precision).toBeCloseTo(1 / 3, 12);
    // Micro: 2 true positives of 3 predicted and 5 true labels.
    expect(result.micro.precision).toBeCloseTo(2 / 3, 12);
    expect(result.micro.recall).toBeCloseTo(2 / 5, 12);
  });

  it('returns a code that is predicted but never true with zero recall', () => {
    expect(multiLabelMetrics([['trust']], [['trust', 'cost']]).perCode[0]).toMatchObject({ codeId: 'cost', support: 0, recall: 0 });
  });

  it('throws when truth and predictions differ in length', () => {
    expect(() => multiLabelMetrics([['a']], [])).toThrow(RangeError);
  });
});
