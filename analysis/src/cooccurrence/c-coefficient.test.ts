import { describe, expect, it } from 'vitest';
import { cCoefficient } from './c-coefficient.js';

describe(cCoefficient.name, () => {
  it.each([
    { name: 'neither code occurs', n12: 0, n1: 0, n2: 0, expected: 0 },
    { name: 'the codes never co-occur', n12: 0, n1: 4, n2: 6, expected: 0 },
    { name: 'the codes always co-occur', n12: 5, n1: 5, n2: 5, expected: 1 },
    { name: 'they partly co-occur', n12: 2, n1: 4, n2: 6, expected: 0.25 },
    { name: 'pairs outnumber the rarer code (inflated)', n12: 3, n1: 1, n2: 3, expected: 3 },
  ])('returns $expected when $name', ({ n12, n1, n2, expected }) => {
    expect(cCoefficient(n12, n1, n2)).toBe(expected);
  });
});
