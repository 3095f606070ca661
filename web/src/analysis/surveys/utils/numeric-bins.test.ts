import { describe, expect, it } from 'vitest';
import { numericBins } from './numeric-bins';

describe('numericBins', () => {
  it('gives each value its own bar when there are few', () => {
    expect(numericBins([{ value: 90, count: 2 }, { value: 80, count: 1 }])).toEqual([
      { from: 80, to: 80, count: 1 },
      { from: 90, to: 90, count: 2 },
    ]);
  });

  it('groups many values into round ranges that keep every answer', () => {
    const values = Array.from({ length: 41 }, (_, i) => ({ value: i * 5, count: 1 }));
    const bins = numericBins(values, 10);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(41);
    expect(bins[0]).toEqual({ from: 0, to: 19, count: 4 });
    expect(bins.length).toBeLessThanOrEqual(11);
    expect(bins.at(-1)?.count).toBeGreaterThan(0);
  });

  it('returns nothing for no answers', () => {
    expect(numericBins([])).toEqual([]);
  });
});
