import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryAlpha } from './binary-alpha.js';
import { krippendorffAlpha } from './krippendorff-alpha.js';

/** Sums of a coders × units 0/1 matrix. */
function sumsOf(rows: ReadonlyArray<ReadonlyArray<number>>) {
  const coders = rows.length;
  const units = rows[0]?.length ?? 0;
  let present = 0;
  let disagreeingPairs = 0;
  for (let u = 0; u < units; u++) {
    let k = 0;
    for (const row of rows) k += row[u];
    present += k;
    disagreeingPairs += k * (coders - k);
  }
  return { units, coders, present, disagreeingPairs };
}

describe(binaryAlpha.name, () => {
  it.each([
    // Two coders, units (1,1) (1,0) (0,1) (0,0): o₁₀ = o₀₁ = 2, n₁ = n₀ = 4, n = 8 → α = 1 − 7·4/32.
    { name: 'two coders agree on half the units', rows: [[1, 1, 0, 0], [1, 0, 1, 0]], expected: 0.125 },
    { name: 'coders agree perfectly with variation', rows: [[1, 0, 1], [1, 0, 1], [1, 0, 1]], expected: 1 },
    { name: 'there is one coder', rows: [[1, 0, 1]], expected: Number.NaN },
    { name: 'nobody says present', rows: [[0, 0], [0, 0]], expected: Number.NaN },
    { name: 'everybody says present', rows: [[1, 1], [1, 1]], expected: Number.NaN },
    { name: 'there are no units', rows: [[], []], expected: Number.NaN },
  ])('returns $expected when $name', ({ rows, expected }) => {
    const value = binaryAlpha(sumsOf(rows));
    if (Number.isNaN(expected)) expect(value).toBeNaN();
    else expect(value).toBeCloseTo(expected, 12);
  });

  it('returns krippendorffAlpha nominal when given any complete binary data', () => {
    const rows = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 30 }))
      .chain(([c, u]) => fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: u, maxLength: u }), { minLength: c, maxLength: c }));
    fc.assert(
      fc.property(rows, (data) => {
        const expected = krippendorffAlpha(data, 'nominal');
        const value = binaryAlpha(sumsOf(data));
        if (Number.isNaN(expected)) expect(value).toBeNaN();
        else expect(value).toBeCloseTo(expected, 10);
      }),
    );
  });
});
