import { describe, expect, it } from 'vitest';
import { logGamma, regularizedIncompleteBeta } from './incomplete-beta.js';

describe(regularizedIncompleteBeta.name, () => {
  it.each([
    { x: 0, a: 2, b: 3, expected: 0 },
    { x: 1, a: 2, b: 3, expected: 1 },
    { x: 0.5, a: 1, b: 1, expected: 0.5 },
    // I_x(2, 1) = x².
    { x: 0.3, a: 2, b: 1, expected: 0.09 },
    // I_x(a, b) = 1 − I_{1−x}(b, a).
    { x: 0.7, a: 1, b: 2, expected: 1 - 0.09 },
  ])('returns $expected when x = $x, a = $a, b = $b', ({ x, a, b, expected }) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(expected, 12);
  });
});

describe(logGamma.name, () => {
  it.each([
    { x: 1, expected: 0 },
    { x: 2, expected: 0 },
    { x: 5, expected: Math.log(24) },
    { x: 0.5, expected: Math.log(Math.sqrt(Math.PI)) },
    { x: 0.1, expected: 2.252712651734206 },
  ])('returns ln Γ($x)', ({ x, expected }) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });
});
