import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff-alpha.js';
import { krippendorffAlphaInterval } from './krippendorff-alpha-interval.js';

const _ = null;
const KRIPPENDORFF_2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

describe(krippendorffAlphaInterval.name, () => {
  it('returns the alpha estimate inside a reproducible interval when given a seed', () => {
    const first = krippendorffAlphaInterval(KRIPPENDORFF_2011, 'interval', { samples: 400, seed: 99 });
    expect(first).toEqual(krippendorffAlphaInterval(KRIPPENDORFF_2011, 'interval', { samples: 400, seed: 99 }));
    expect(first.estimate).toBeCloseTo(krippendorffAlpha(KRIPPENDORFF_2011, 'interval'), 12);
    expect(first.low).toBeLessThan(first.estimate);
    expect(first.high).toBeLessThanOrEqual(1);
    expect(first.high).toBeGreaterThan(first.estimate);
    expect(first.method).toMatch(/^Krippendorff's alpha, interval/);
  });

  it('returns NaN bounds when the data have no pairable values', () => {
    const result = krippendorffAlphaInterval([[1, _], [_, 2]], 'nominal', { samples: 20 });
    expect(result.estimate).toBeNaN();
    expect(result.low).toBeNaN();
    expect(result.validSamples).toBe(0);
  });
});
