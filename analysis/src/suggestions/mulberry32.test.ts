import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32.js';

const take = (random: () => number, count: number): number[] => Array.from({ length: count }, () => random());

describe(mulberry32.name, () => {
  it('returns the same sequence when the seed is the same', () => {
    expect(take(mulberry32(42), 5)).toEqual(take(mulberry32(42), 5));
  });

  it('returns different sequences when the seeds differ', () => {
    expect(take(mulberry32(1), 5)).not.toEqual(take(mulberry32(2), 5));
  });

  it('returns numbers in [0, 1) with a mean near ½ when drawn many times', () => {
    const values = take(mulberry32(7), 10_000);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  it('returns a usable sequence when the seed is 0, negative or fractional', () => {
    for (const seed of [0, -1, 3.7]) expect(new Set(take(mulberry32(seed), 10)).size).toBe(10);
  });
});
