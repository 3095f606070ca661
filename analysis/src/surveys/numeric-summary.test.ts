import { describe, expect, it } from 'vitest';
import { summarizeNumbers } from './numeric-summary.js';

describe(summarizeNumbers.name, () => {
  it('returns null when there is no data', () => {
    expect(summarizeNumbers([])).toBeNull();
  });

  it('returns no spread and no interval when there is one value', () => {
    expect(summarizeNumbers([4])).toEqual({
      n: 1,
      mean: 4,
      standardDeviation: null,
      meanConfidenceInterval: null,
      min: 4,
      max: 4,
      median: 4,
      q1: 4,
      q3: 4,
      iqr: 0,
      quantileMethod: 'type7',
    });
  });

  it('returns R-matching figures when ten Likert answers are given', () => {
    // In R: x <- c(1, 2, 2, 3, 3, 3, 4, 4, 5, 5); mean 3.2, sd 1.316561,
    // t.test(x)$conf.int = 2.258189 4.141811; quantile(x) 25% 2.25, 50% 3, 75% 4.
    const summary = summarizeNumbers([5, 3, 1, 2, 2, 3, 3, 4, 4, 5]);
    expect(summary?.mean).toBeCloseTo(3.2, 12);
    expect(summary?.standardDeviation).toBeCloseTo(1.316561, 6);
    expect(summary?.meanConfidenceInterval?.lower).toBeCloseTo(2.258189, 5);
    expect(summary?.meanConfidenceInterval?.upper).toBeCloseTo(4.141811, 5);
    expect(summary).toMatchObject({ median: 3, q1: 2.25, q3: 4, iqr: 1.75, min: 1, max: 5 });
  });

  it('returns a wider interval when the confidence level is 0.99', () => {
    const at95 = summarizeNumbers([1, 2, 3, 4, 5]);
    const at99 = summarizeNumbers([1, 2, 3, 4, 5], 0.99);
    expect(at99?.meanConfidenceInterval?.level).toBe(0.99);
    expect(at99?.meanConfidenceInterval?.lower ?? 0).toBeLessThan(at95?.meanConfidenceInterval?.lower ?? 0);
  });

  it('returns a zero-width interval when every answer is the same', () => {
    expect(summarizeNumbers([3, 3, 3])?.meanConfidenceInterval).toEqual({ level: 0.95, lower: 3, upper: 3 });
  });

  it('throws when the confidence level is outside 0–1', () => {
    expect(() => summarizeNumbers([1, 2], 95)).toThrow(RangeError);
  });
});
