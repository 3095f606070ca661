import { describe, expect, it } from 'vitest';
import { chiSquareOneDfPValue, logLikelihood, logRatio } from './log-likelihood.js';

describe(logLikelihood.name, () => {
  it.each([
    {
      // Worked by hand. Term: a = 30 of c = 1000 words (target), b = 10 of d = 1000 (reference).
      // Expected: term cells (1000 × 40) / 2000 = 20 each; other cells (1000 × 1960) / 2000 = 980 each.
      // G² = 2 [30 ln(30/20) + 10 ln(10/20) + 970 ln(970/980) + 990 ln(990/980)]
      //    = 2 [12.163953 − 6.931472 − 9.948805 + 10.050848] = 10.669048
      name: 'a hand-worked 2×2 table',
      table: { targetCount: 30, referenceCount: 10, targetTotal: 1000, referenceTotal: 1000 },
      expected: 10.669048,
    },
    {
      // Observed equals expected in every cell.
      name: 'equal relative frequencies',
      table: { targetCount: 5, referenceCount: 50, targetTotal: 100, referenceTotal: 1000 },
      expected: 0,
    },
    {
      // One empty cell, which adds nothing:
      // 2 [10 ln(10/5) + 90 ln(90/95) + 100 ln(100/95)] = 2 [6.931472 − 4.866050 + 5.129329] = 14.389503
      name: 'a term absent from the reference',
      table: { targetCount: 10, referenceCount: 0, targetTotal: 100, referenceTotal: 100 },
      expected: 14.389503,
    },
    { name: 'no data', table: { targetCount: 0, referenceCount: 0, targetTotal: 0, referenceTotal: 0 }, expected: 0 },
  ])('returns $expected when the table is $name', ({ table, expected }) => {
    expect(logLikelihood(table)).toBeCloseTo(expected, 4);
  });

  it('returns a value slightly above the two-cell UCREL form when the term is rare', () => {
    // UCREL's wizard (Rayson & Garside 2000) sums only the term's two cells: 2 [30 ln 1.5 + 10 ln 0.5];
    // the non-occurrence cells of the full table add 2 [−9.948805 + 10.050848] = 0.204086.
    const ucrel = 2 * (30 * Math.log(1.5) + 10 * Math.log(0.5));
    expect(ucrel).toBeCloseTo(10.46496, 5);
    const g2 = logLikelihood({ targetCount: 30, referenceCount: 10, targetTotal: 1000, referenceTotal: 1000 });
    expect(g2 - ucrel).toBeCloseTo(0.204086, 5);
  });

  it('throws when a count exceeds its corpus size or is negative', () => {
    expect(() => logLikelihood({ targetCount: 11, referenceCount: 0, targetTotal: 10, referenceTotal: 10 })).toThrow(RangeError);
    expect(() => logLikelihood({ targetCount: -1, referenceCount: 0, targetTotal: 10, referenceTotal: 10 })).toThrow(RangeError);
  });
});

describe(logRatio.name, () => {
  it.each([
    { name: 'twice as frequent in the target', table: { targetCount: 20, referenceCount: 10, targetTotal: 100, referenceTotal: 100 }, expected: 1 },
    { name: 'half as frequent in the target', table: { targetCount: 5, referenceCount: 20, targetTotal: 100, referenceTotal: 200 }, expected: -1 },
    { name: 'absent from the reference (0 taken as 0.5)', table: { targetCount: 4, referenceCount: 0, targetTotal: 100, referenceTotal: 100 }, expected: 3 },
    { name: 'absent from both', table: { targetCount: 0, referenceCount: 0, targetTotal: 100, referenceTotal: 100 }, expected: 0 },
    { name: 'an empty corpus', table: { targetCount: 0, referenceCount: 3, targetTotal: 0, referenceTotal: 100 }, expected: 0 },
  ])('returns $expected when the term is $name', ({ table, expected }) => {
    expect(logRatio(table)).toBeCloseTo(expected, 10);
  });
});

describe(chiSquareOneDfPValue.name, () => {
  it.each([
    { statistic: 0, expected: 1 },
    { statistic: 3.841459, expected: 0.05 },
    { statistic: 6.634897, expected: 0.01 },
    { statistic: 10.827566, expected: 0.001 },
  ])('returns $expected when G² is $statistic (published χ² critical values)', ({ statistic, expected }) => {
    expect(chiSquareOneDfPValue(statistic)).toBeCloseTo(expected, 6);
  });
});
