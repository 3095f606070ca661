import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile, studentTUpperTail } from './student-t.js';

describe(studentTQuantile.name, () => {
  // Published t tables give these to 3 decimals (NIST/SEMATECH e-Handbook §1.3.6.7.2, e.g. 2.262 for
  // df = 9); the further digits are R's qt(p, df).
  it.each([
    { p: 0.975, df: 1, expected: 12.706205 },
    { p: 0.975, df: 2, expected: 4.302653 },
    { p: 0.975, df: 5, expected: 2.570582 },
    { p: 0.975, df: 9, expected: 2.262157 },
    { p: 0.975, df: 10, expected: 2.228139 },
    { p: 0.975, df: 30, expected: 2.042272 },
    { p: 0.975, df: 100, expected: 1.983972 },
    { p: 0.975, df: 1000, expected: 1.962339 },
    { p: 0.995, df: 4, expected: 4.604095 },
    { p: 0.95, df: 3, expected: 2.353363 },
    { p: 0.9, df: 20, expected: 1.325341 },
    { p: 0.025, df: 9, expected: -2.262157 },
    { p: 0.5, df: 7, expected: 0 },
  ])('returns $expected when p = $p and df = $df', ({ p, df, expected }) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 5);
  });

  it('returns the closed form tan(π(p − ½)) when df = 1 (Cauchy)', () => {
    expect(studentTQuantile(0.999, 1)).toBeCloseTo(Math.tan(Math.PI * 0.499), 6);
  });

  it('returns a value between the neighbouring whole df when df is fractional', () => {
    const q = studentTQuantile(0.975, 9.5);
    expect(q).toBeLessThan(studentTQuantile(0.975, 9));
    expect(q).toBeGreaterThan(studentTQuantile(0.975, 10));
  });

  it.each([
    { name: 'p = 0', p: 0, df: 5 },
    { name: 'p = 1', p: 1, df: 5 },
    { name: 'df = 0', p: 0.9, df: 0 },
    { name: 'df missing (NaN)', p: 0.9, df: Number.NaN },
  ])('throws when $name', ({ p, df }) => {
    expect(() => studentTQuantile(p, df)).toThrow(RangeError);
  });
});

describe(studentTCdf.name, () => {
  it.each([
    { t: 0, df: 3, expected: 0.5 },
    { t: 2.262157, df: 9, expected: 0.975 },
    { t: -2.262157, df: 9, expected: 0.025 },
    { t: 1, df: 1, expected: 0.75 },
  ])('returns $expected when t = $t and df = $df', ({ t, df, expected }) => {
    expect(studentTCdf(t, df)).toBeCloseTo(expected, 6);
  });
});

describe(studentTUpperTail.name, () => {
  it('returns a tiny tail without cancellation when t is far out', () => {
    // P(T > 100) with df = 1 is atan(1/100)/π.
    expect(studentTUpperTail(100, 1)).toBeCloseTo(Math.atan(1 / 100) / Math.PI, 12);
  });
});
