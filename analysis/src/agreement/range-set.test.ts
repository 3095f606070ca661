import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coveredLength,
  intersectionLength,
  normalizeRanges,
  normalizeRangesInPlace,
  overlapsRange,
  rangeDifference,
  squaredLengths,
} from './range-set.js';

/** Brute-force oracle: the set of covered positions. */
const positions = (ranges: ReadonlyArray<number>) => {
  const covered = new Set<number>();
  for (let i = 0; i < ranges.length; i += 2) for (let p = ranges[i]; p < ranges[i + 1]; p++) covered.add(p);
  return covered;
};
const rawRanges = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })), { maxLength: 8 })
  .map((pairs) => pairs.flatMap(([start, length]) => [start, start + length]));

describe(normalizeRanges.name, () => {
  it.each([
    { name: 'there are no ranges', flat: [], expected: [] },
    { name: 'ranges overlap', flat: [5, 10, 0, 6], expected: [0, 10] },
    { name: 'ranges touch', flat: [0, 5, 5, 9], expected: [0, 9] },
    { name: 'one range contains another', flat: [0, 20, 3, 4], expected: [0, 20] },
    { name: 'ranges are empty', flat: [3, 3, 7, 7], expected: [] },
    { name: 'ranges are apart and unsorted', flat: [10, 12, 0, 2], expected: [0, 2, 10, 12] },
  ])('returns $expected when $name', ({ flat, expected }) => {
    expect(normalizeRanges(flat)).toEqual(expected);
  });

  it('returns sorted, disjoint, non-touching ranges covering the same positions when given any ranges', () => {
    fc.assert(
      fc.property(rawRanges, (flat) => {
        const merged = normalizeRanges(flat);
        for (let i = 0; i < merged.length; i += 2) {
          expect(merged[i]).toBeLessThan(merged[i + 1]);
          if (i > 0) expect(merged[i - 1]).toBeLessThan(merged[i]);
        }
        expect(positions(merged)).toEqual(positions(flat));
      }),
    );
  });
});

describe(normalizeRangesInPlace.name, () => {
  it('returns the same ranges as normalizeRanges, in the same array, when given any ranges (both sort paths)', () => {
    const many = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 12 })), { maxLength: 40 })
      .map((pairs) => pairs.flatMap(([start, length]) => [start, start + length]));
    fc.assert(
      fc.property(many, (flat) => {
        const ranges = [...flat];
        normalizeRangesInPlace(ranges);
        expect(positions(ranges)).toEqual(positions(flat));
        for (let i = 2; i < ranges.length; i += 2) expect(ranges[i]).toBeGreaterThan(ranges[i - 1]);
      }),
    );
  });
});

describe(coveredLength.name, () => {
  it('returns the number of covered positions when given normalized ranges', () => {
    expect(coveredLength([0, 3, 10, 12])).toBe(5);
    expect(coveredLength([])).toBe(0);
  });
});

describe(squaredLengths.name, () => {
  it('returns the sum of squared range lengths when given normalized ranges', () => {
    expect(squaredLengths([0, 3, 10, 12])).toBe(13);
  });
});

describe(intersectionLength.name, () => {
  it('returns the number of shared positions when given any two sets', () => {
    fc.assert(
      fc.property(rawRanges, rawRanges, (x, y) => {
        const a = normalizeRanges(x);
        const b = normalizeRanges(y);
        const shared = [...positions(a)].filter((p) => positions(b).has(p)).length;
        expect(intersectionLength(a, b)).toBe(shared);
        expect(intersectionLength(b, a)).toBe(shared);
      }),
    );
  });
});

describe(rangeDifference.name, () => {
  it.each([
    { name: 'b is empty', a: [0, 5], b: [], expected: [0, 5] },
    { name: 'b covers a', a: [2, 4], b: [0, 10], expected: [] },
    { name: 'b cuts a hole', a: [0, 10], b: [3, 5], expected: [0, 3, 5, 10] },
    { name: 'b spans two ranges of a', a: [0, 4, 6, 10], b: [2, 8], expected: [0, 2, 8, 10] },
  ])('returns $expected when $name', ({ a, b, expected }) => {
    expect(rangeDifference(a, b)).toEqual(expected);
  });

  it('returns exactly the positions of a not in b, as maximal ranges, when given any two sets', () => {
    fc.assert(
      fc.property(rawRanges, rawRanges, (x, y) => {
        const a = normalizeRanges(x);
        const b = normalizeRanges(y);
        const difference = rangeDifference(a, b);
        const expected = new Set([...positions(a)].filter((p) => !positions(b).has(p)));
        expect(positions(difference)).toEqual(expected);
        expect(normalizeRanges(difference)).toEqual(difference);
      }),
    );
  });
});

describe(overlapsRange.name, () => {
  const ranges = [2, 4, 10, 15];
  it.each([
    { name: 'the probe lies before every range', start: 0, end: 2, expected: false },
    { name: 'the probe shares one position', start: 3, end: 8, expected: true },
    { name: 'the probe falls in a gap', start: 4, end: 10, expected: false },
    { name: 'the probe lies inside a range', start: 11, end: 12, expected: true },
    { name: 'the probe lies after every range', start: 15, end: 30, expected: false },
    { name: 'the probe is empty', start: 12, end: 12, expected: false },
  ])('returns $expected when $name', ({ start, end, expected }) => {
    expect(overlapsRange(ranges, start, end)).toBe(expected);
  });

  it('returns whether any position is shared when given any set and probe', () => {
    fc.assert(
      fc.property(rawRanges, fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 10 }), (x, start, length) => {
        const a = normalizeRanges(x);
        const covered = positions(a);
        const expected = Array.from({ length }, (_, i) => start + i).some((p) => covered.has(p));
        expect(overlapsRange(a, start, start + length)).toBe(expected);
      }),
    );
  });
});
