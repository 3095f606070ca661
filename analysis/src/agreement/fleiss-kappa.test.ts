import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './agreement-input-error.js';
import { fleissKappa } from './fleiss-kappa.js';

// Fleiss (1971) as worked on Wikipedia ("Fleiss' kappa", worked example): 10 units, 5 categories,
// 14 raters per unit; P̄ = 0.378, Pₑ = 0.213, κ = 0.210.
const WIKIPEDIA_FLEISS = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

/** Rows of `raters` ratings spread over `categories` categories. */
const countMatrix = (raters: number, categories: number) =>
  fc.array(
    fc.array(fc.integer({ min: 0, max: categories - 1 }), { minLength: raters, maxLength: raters }).map((picks) => {
      const row = new Array<number>(categories).fill(0);
      for (const pick of picks) row[pick] += 1;
      return row;
    }),
    { minLength: 1, maxLength: 20 },
  );

describe(fleissKappa.name, () => {
  it('returns 0.210 when given the Fleiss (1971) / Wikipedia worked example', () => {
    expect(fleissKappa(WIKIPEDIA_FLEISS)).toBeCloseTo(0.20993, 5);
    expect(fleissKappa(WIKIPEDIA_FLEISS).toFixed(3)).toBe('0.210');
  });

  it.each([
    { name: 'all raters agree on every unit with two categories in use', counts: [[3, 0], [0, 3], [3, 0]], expected: 1 },
    // Two raters, perfect disagreement: P̄ = 0, Pₑ = 0.5 → κ = −1.
    { name: 'two raters always disagree', counts: [[1, 1], [1, 1]], expected: -1 },
  ])('returns $expected when $name', ({ counts, expected }) => {
    expect(fleissKappa(counts)).toBeCloseTo(expected, 12);
  });

  it.each([
    { name: 'there are no units', counts: [] },
    { name: 'there are no categories', counts: [[], []] },
    { name: 'each unit has one rater', counts: [[1, 0], [0, 1]] },
    { name: 'each unit has no rater', counts: [[0, 0], [0, 0]] },
    { name: 'only one category is ever used', counts: [[0, 4], [0, 4]] },
  ])('returns NaN when $name', ({ counts }) => {
    expect(fleissKappa(counts)).toBeNaN();
  });

  it.each([
    { name: 'rows differ in length', counts: [[1, 2], [3]], code: 'AGREEMENT_RAGGED_MATRIX' },
    { name: 'a count is negative', counts: [[4, -1], [2, 1]], code: 'AGREEMENT_INVALID_COUNT' },
    { name: 'a count is fractional', counts: [[1.5, 1.5], [2, 1]], code: 'AGREEMENT_INVALID_COUNT' },
    { name: 'a count is NaN', counts: [[Number.NaN, 3], [2, 1]], code: 'AGREEMENT_INVALID_COUNT' },
    { name: 'units have different rater totals', counts: [[2, 1], [2, 2]], code: 'AGREEMENT_UNEQUAL_RATER_TOTALS' },
  ])('throws $code when $name', ({ counts, code }) => {
    expect(() => fleissKappa(counts)).toThrow(AgreementInputError);
    expect(() => fleissKappa(counts)).toThrow(expect.objectContaining({ code }));
  });

  it('returns the same value when units or categories are permuted', () => {
    fc.assert(
      fc.property(countMatrix(4, 3), (counts) => {
        const value = fleissKappa(counts);
        const reversedUnits = fleissKappa([...counts].reverse());
        const reversedCategories = fleissKappa(counts.map((row) => [...row].reverse()));
        for (const other of [reversedUnits, reversedCategories]) {
          if (Number.isNaN(value)) expect(other).toBeNaN();
          else expect(other).toBeCloseTo(value, 12);
        }
      }),
    );
  });

  it('returns at most 1 when given any counts', () => {
    fc.assert(
      fc.property(countMatrix(5, 4), (counts) => {
        const value = fleissKappa(counts);
        expect(Number.isNaN(value) || value <= 1 + 1e-12).toBe(true);
      }),
    );
  });
});
