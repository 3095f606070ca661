import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './agreement-input-error.js';
import { percentAgreement } from './percent-agreement.js';
import { ratingsFromTable } from './test-support.js';

const rating = fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null });
const ratingPairs = fc.array(fc.tuple(rating, rating), { maxLength: 40 });

describe(percentAgreement.name, () => {
  const wikipedia = ratingsFromTable([
    ['yes', 'yes', 20],
    ['yes', 'no', 5],
    ['no', 'yes', 10],
    ['no', 'no', 15],
  ]);

  it.each([
    { name: 'two coders agree on 35 of 50 proposals (Wikipedia, Cohen’s kappa)', a: wikipedia.a, b: wikipedia.b, expected: 0.7 },
    // ATLAS.ti manual (“Methods for testing ICA”): ten segments, coders agree on six → 60 %.
    {
      name: 'coders agree on 6 of 10 segments (ATLAS.ti manual example)',
      a: ['1', '1', '0', '0', '0', '0', '0', '0', '0', '0'],
      b: ['0', '1', '1', '0', '0', '1', '0', '1', '0', '0'],
      expected: 0.6,
    },
    { name: 'they agree on every unit', a: ['x', 'y'], b: ['x', 'y'], expected: 1 },
    { name: 'they never agree', a: ['x', 'y'], b: ['y', 'x'], expected: 0 },
    { name: 'missing values are skipped', a: ['x', null, 'y', 'y'], b: ['x', 'y', null, 'x'], expected: 0.5 },
    { name: 'there are no units', a: [], b: [], expected: Number.NaN },
    { name: 'no unit is pairable', a: [null, 'x'], b: ['y', null], expected: Number.NaN },
  ])('returns $expected when $name', ({ a, b, expected }) => {
    expect(percentAgreement(a, b)).toBe(expected);
  });

  it('throws a length-mismatch error when the coders rated different numbers of units', () => {
    expect(() => percentAgreement(['x', 'y'], ['x'])).toThrow(AgreementInputError);
  });

  it('returns the same value when the coders are swapped', () => {
    fc.assert(
      fc.property(ratingPairs, (pairs) => {
        const a = pairs.map(([x]) => x);
        const b = pairs.map(([, y]) => y);
        expect(percentAgreement(b, a)).toBe(percentAgreement(a, b));
      }),
    );
  });

  it('returns a value in [0, 1] or NaN when given any ratings', () => {
    fc.assert(
      fc.property(ratingPairs, (pairs) => {
        const value = percentAgreement(
          pairs.map(([x]) => x),
          pairs.map(([, y]) => y),
        );
        expect(Number.isNaN(value) || (value >= 0 && value <= 1)).toBe(true);
      }),
    );
  });
});
