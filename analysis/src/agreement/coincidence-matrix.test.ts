import { describe, expect, it } from 'vitest';
import { coincidenceMatrix } from './coincidence-matrix.js';

const _ = null;

describe(coincidenceMatrix.name, () => {
  it('returns the published matrix when given the Krippendorff (2011) example', () => {
    const { values, matrix, totals, pairable } = coincidenceMatrix([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ]);
    expect(values).toEqual([1, 2, 3, 4, 5]);
    const expected = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    matrix.forEach((row, c) => row.forEach((cell, k) => expect(cell).toBeCloseTo(expected[c][k], 12)));
    expect(totals).toEqual([9, 13, 10, 5, 3]);
    expect(pairable).toBe(40);
  });

  it('returns an empty matrix when no unit is pairable', () => {
    expect(coincidenceMatrix([['a', _], [_, 'b']])).toEqual({ values: [], matrix: [], totals: [], pairable: 0 });
  });

  it('returns numbers before strings, each in order, when nominal values are mixed', () => {
    expect(coincidenceMatrix([['b', 2, 'a'], ['b', 10, 'a']]).values).toEqual([2, 10, 'a', 'b']);
  });
});
