import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './agreement-input-error.js';
import { bootstrapInterval, interpolatedQuantile } from './bootstrap-interval.js';

const mean = (values: ReadonlyArray<number>) =>
  values.length === 0 ? Number.NaN : values.reduce((sum, x) => sum + x, 0) / values.length;

describe(bootstrapInterval.name, () => {
  const data = Array.from({ length: 200 }, (_, i) => (i * 37) % 101);

  it('returns the same interval when run twice with the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const options = { samples: 50, confidence: 0.9, seed };
        expect(bootstrapInterval(mean, data, options)).toEqual(bootstrapInterval(mean, data, options));
      }),
      { numRuns: 20 },
    );
  });

  it('returns a different interval when the seed changes', () => {
    const first = bootstrapInterval(mean, data, { samples: 200, seed: 1 });
    const second = bootstrapInterval(mean, data, { samples: 200, seed: 2 });
    expect([first.low, first.high]).not.toEqual([second.low, second.high]);
  });

  it('returns an interval around the estimate that matches the normal theory when resampling a mean', () => {
    const result = bootstrapInterval(mean, data, { samples: 2000, confidence: 0.95, seed: 11 });
    const sd = Math.sqrt(mean(data.map((x) => (x - mean(data)) ** 2)) / data.length);
    expect(result.estimate).toBe(mean(data));
    expect(result.low).toBeLessThan(result.estimate);
    expect(result.high).toBeGreaterThan(result.estimate);
    // Percentile interval ≈ estimate ± 1.96 SE within bootstrap noise.
    expect(result.high - result.low).toBeGreaterThan(2 * 1.96 * sd * 0.85);
    expect(result.high - result.low).toBeLessThan(2 * 1.96 * sd * 1.15);
    expect(result).toMatchObject({ samples: 2000, validSamples: 2000, confidence: 0.95, seed: 11 });
    expect(result.method).toMatch(/percentile bootstrap/);
  });

  it('returns NaN bounds and zero valid samples when the statistic is never defined', () => {
    const result = bootstrapInterval(() => Number.NaN, [1, 2, 3], { samples: 10 });
    expect(result).toMatchObject({ validSamples: 0, samples: 10 });
    expect(result.low).toBeNaN();
    expect(result.high).toBeNaN();
  });

  it('returns NaN everywhere when there are no units', () => {
    const result = bootstrapInterval(mean, [], { samples: 5 });
    expect(result.estimate).toBeNaN();
    expect(result.low).toBeNaN();
  });

  it.each([
    { name: 'samples is zero', options: { samples: 0 } },
    { name: 'samples is fractional', options: { samples: 2.5 } },
    { name: 'confidence is 1', options: { confidence: 1 } },
    { name: 'confidence is NaN', options: { confidence: Number.NaN } },
    { name: 'the seed is fractional', options: { seed: 0.5 } },
  ])('throws an invalid-option error when $name', ({ options }) => {
    expect(() => bootstrapInterval(mean, data, options)).toThrow(AgreementInputError);
  });
});

describe(interpolatedQuantile.name, () => {
  it.each([
    { name: 'the list is empty', sorted: [], p: 0.5, expected: Number.NaN },
    { name: 'the list has one value', sorted: [3], p: 0.9, expected: 3 },
    { name: 'p falls between two values', sorted: [1, 2, 3, 4], p: 0.5, expected: 2.5 },
    { name: 'p is 0', sorted: [1, 2, 3, 4], p: 0, expected: 1 },
    { name: 'p is 1', sorted: [1, 2, 3, 4], p: 1, expected: 4 },
    // R: quantile(1:10, 0.025, type = 7) = 1.225
    { name: 'p is 0.025 over 1..10 (R type 7)', sorted: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 0.025, expected: 1.225 },
  ])('returns $expected when $name', ({ sorted, p, expected }) => {
    if (Number.isNaN(expected)) expect(interpolatedQuantile(sorted, p)).toBeNaN();
    else expect(interpolatedQuantile(sorted, p)).toBeCloseTo(expected, 12);
  });
});
