import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './agreement-input-error.js';
import { cohenKappa } from './cohen-kappa.js';
import { ratingsFromTable } from './test-support.js';
import { twoByTwoKappa } from './two-by-two-kappa.js';

const rating = fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null });
const ratingPairs = fc.array(fc.tuple(rating, rating), { maxLength: 60 });
const split = (pairs: ReadonlyArray<readonly [string | null, string | null]>) => ({
  a: pairs.map(([x]) => x),
  b: pairs.map(([, y]) => y),
});

describe(cohenKappa.name, () => {
  // Wikipedia, "Cohen's kappa", simple example: 50 grant proposals read by two readers.
  const proposals = ratingsFromTable([
    ['yes', 'yes', 20],
    ['yes', 'no', 5],
    ['no', 'yes', 10],
    ['no', 'no', 15],
  ]);
  // Hand-computed, three categories, 100 units: pₒ = 0.89,
  // pₑ = (80·80 + 5·10 + 15·10)/100² = 0.66, κ = (0.89 − 0.66)/(1 − 0.66) = 0.23/0.34.
  const threeCategories = ratingsFromTable([
    ['p', 'p', 75],
    ['p', 'n', 1],
    ['p', 'o', 4],
    ['n', 'p', 5],
    ['n', 'n', 4],
    ['n', 'o', 1],
    ['o', 'o', 10],
  ]);

  it.each([
    { name: 'two readers judge 50 proposals (Wikipedia: κ = 0.4)', ...proposals, expected: 0.4, digits: 12 },
    { name: 'they agree on every unit and use two categories', a: ['x', 'y', 'x'], b: ['x', 'y', 'x'], expected: 1, digits: 12 },
    { name: 'they disagree systematically', a: ['x', 'y'], b: ['y', 'x'], expected: -1, digits: 12 },
    { name: 'one coder always says the same thing', a: ['x', 'x', 'x', 'x'], b: ['x', 'y', 'x', 'y'], expected: 0, digits: 12 },
    { name: 'missing values are skipped', a: ['x', null, 'y', 'x'], b: ['x', 'x', 'y', null], expected: 1, digits: 12 },
  ])('returns $expected when $name', ({ a, b, expected, digits }) => {
    expect(cohenKappa(a, b)).toBeCloseTo(expected, digits);
  });

  it('returns 0.23/0.34 when three categories are used (hand-computed)', () => {
    expect(cohenKappa(threeCategories.a, threeCategories.b)).toBeCloseTo(0.23 / 0.34, 12);
  });

  it.each([
    { name: 'there are no units', a: [], b: [] },
    { name: 'no unit is pairable', a: ['x', null], b: [null, 'y'] },
    { name: 'both coders use one and the same category throughout', a: ['x', 'x'], b: ['x', 'x'] },
  ])('returns NaN when $name', ({ a, b }) => {
    expect(cohenKappa(a, b)).toBeNaN();
  });

  it('throws a length-mismatch error when the coders rated different numbers of units', () => {
    expect(() => cohenKappa(['x'], ['x', 'y'])).toThrow(AgreementInputError);
  });

  it('returns the same value when the coders are swapped', () => {
    fc.assert(
      fc.property(ratingPairs, (pairs) => {
        const { a, b } = split(pairs);
        expect(Object.is(cohenKappa(b, a), cohenKappa(a, b))).toBe(true);
      }),
    );
  });

  it('returns the same value when the units are permuted', () => {
    fc.assert(
      fc.property(ratingPairs, fc.integer(), (pairs, shift) => {
        const rotated = pairs.map((_, i) => pairs[(i + Math.abs(shift)) % pairs.length]);
        const before = split(pairs);
        const after = split(rotated);
        expect(Object.is(cohenKappa(after.a, after.b), cohenKappa(before.a, before.b))).toBe(true);
      }),
    );
  });

  it('returns 1 when the coders agree perfectly and use at least two categories', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 2 }), (values) => {
        fc.pre(new Set(values).size > 1);
        expect(cohenKappa(values, values)).toBe(1);
      }),
    );
  });

  it('returns a value in [-1, 1] or NaN when given any ratings', () => {
    fc.assert(
      fc.property(ratingPairs, (pairs) => {
        const { a, b } = split(pairs);
        const value = cohenKappa(a, b);
        expect(Number.isNaN(value) || (value >= -1 - 1e-12 && value <= 1 + 1e-12)).toBe(true);
      }),
    );
  });

  it('returns the same value when the units missing a value are removed', () => {
    fc.assert(
      fc.property(ratingPairs, (pairs) => {
        const { a, b } = split(pairs);
        const complete = split(pairs.filter(([x, y]) => x !== null && y !== null));
        expect(Object.is(cohenKappa(a, b), cohenKappa(complete.a, complete.b))).toBe(true);
      }),
    );
  });

  it('returns the 2 × 2 closed form when the ratings are binary', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean()), { maxLength: 50 }), (pairs) => {
        const count = (x: boolean, y: boolean) => pairs.filter(([p, q]) => p === x && q === y).length;
        const closed = twoByTwoKappa({
          both: count(true, true),
          onlyFirst: count(true, false),
          onlySecond: count(false, true),
          neither: count(false, false),
        });
        const value = cohenKappa(
          pairs.map(([x]) => String(x)),
          pairs.map(([, y]) => String(y)),
        );
        if (Number.isNaN(closed)) expect(value).toBeNaN();
        else expect(value).toBeCloseTo(closed, 12);
      }),
    );
  });
});
