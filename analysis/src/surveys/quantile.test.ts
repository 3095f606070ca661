import { describe, expect, it } from 'vitest';
import { quantileOfSorted, quantileType7 } from './quantile.js';

describe(quantileType7.name, () => {
  // Expected values are R's quantile(x, p) with its default type = 7.
  it.each([
    { name: '1:10 at 0.25', values: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p: 0.25, expected: 3.25 },
    { name: '1:10 at 0.5', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 0.5, expected: 5.5 },
    { name: '1:10 at 0.75', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 0.75, expected: 7.75 },
    { name: 'Likert c(1,2,2,3,4,5,5) at 0.75', values: [1, 2, 2, 3, 4, 5, 5], p: 0.75, expected: 4.5 },
    { name: 'one value', values: [4], p: 0.25, expected: 4 },
    { name: 'the minimum', values: [3, 1, 2], p: 0, expected: 1 },
    { name: 'the maximum', values: [3, 1, 2], p: 1, expected: 3 },
  ])('returns $expected when the data are $name', ({ values, p, expected }) => {
    expect(quantileType7(values, p)).toBeCloseTo(expected, 12);
  });

  it('returns NaN when there are no values', () => {
    expect(quantileType7([], 0.5)).toBeNaN();
  });

  it('throws when the probability is outside 0–1', () => {
    expect(() => quantileType7([1], 1.5)).toThrow(RangeError);
  });
});

describe(quantileOfSorted.name, () => {
  it('returns the interpolated value without sorting when the values are sorted', () => {
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});
