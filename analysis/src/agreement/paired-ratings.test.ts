import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './agreement-input-error.js';
import { pairRatings } from './paired-ratings.js';

describe(pairRatings.name, () => {
  it.each([
    { name: 'there are no units', a: [], b: [], expected: { pairs: 0, agreements: 0, marginalProducts: 0 } },
    { name: 'every unit misses a value', a: [null, 'x'], b: ['x', null], expected: { pairs: 0, agreements: 0, marginalProducts: 0 } },
    {
      name: 'some units miss a value',
      a: ['x', 'y', null, 'y'],
      b: ['x', 'x', 'y', 'y'],
      // pairable: (x,x) (y,x) (y,y): first x1 y2, second x2 y1 → 1·2 + 2·1
      expected: { pairs: 3, agreements: 2, marginalProducts: 4 },
    },
  ])('returns $expected when $name', ({ a, b, expected }) => {
    expect(pairRatings(a, b)).toEqual(expected);
  });

  it('throws a length-mismatch error when the arrays differ in length', () => {
    expect(() => pairRatings(['x'], ['x', 'y'])).toThrow(AgreementInputError);
    expect(() => pairRatings(['x'], [])).toThrow(/different number of units/);
  });
});
