import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './agreement-input-error.js';
import { cohenKappa } from './cohen-kappa.js';
import { cohenKappaInterval } from './cohen-kappa-interval.js';
import { ratingsFromTable } from './test-support.js';

describe(cohenKappaInterval.name, () => {
  const { a, b } = ratingsFromTable([
    ['yes', 'yes', 20],
    ['yes', 'no', 5],
    ['no', 'yes', 10],
    ['no', 'no', 15],
  ]);

  it('returns the kappa estimate inside a reproducible interval when given a seed', () => {
    const first = cohenKappaInterval(a, b, { samples: 500, seed: 2024 });
    const second = cohenKappaInterval(a, b, { samples: 500, seed: 2024 });
    expect(first).toEqual(second);
    expect(first.estimate).toBeCloseTo(cohenKappa(a, b), 12);
    expect(first.low).toBeLessThan(0.4);
    expect(first.high).toBeGreaterThan(0.4);
    // Asymptotic SE of κ here ≈ 0.13, so a 95 % interval is roughly 0.4 ± 0.25.
    expect(first.low).toBeGreaterThan(0.05);
    expect(first.high).toBeLessThan(0.75);
    expect(first.method).toMatch(/^Cohen's kappa/);
  });

  it('returns a degenerate interval at 1 when the coders agree perfectly', () => {
    const labels = ['x', 'y', 'x', 'y', 'x', 'y', 'x', 'y'];
    const result = cohenKappaInterval(labels, labels, { samples: 100, seed: 3 });
    expect(result.low).toBe(1);
    expect(result.high).toBe(1);
    // Resamples drawing only x or only y have no variation and are left out.
    expect(result.validSamples).toBeGreaterThan(90);
  });

  it('throws a length-mismatch error when the coders rated different numbers of units', () => {
    expect(() => cohenKappaInterval(['x'], ['x', 'y'])).toThrow(AgreementInputError);
  });
});
