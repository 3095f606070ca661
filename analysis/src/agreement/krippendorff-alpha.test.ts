import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './agreement-input-error.js';
import { alphaOfEncoded, krippendorffAlpha } from './krippendorff-alpha.js';
import { encodeReliabilityData, MEASUREMENT_LEVELS, type MeasurementLevel } from './reliability-data.js';

type Cell = string | number | null;
const _ = null;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E: 4 observers ×
// 12 units with missing values (unit 12 has a single value and is not pairable).
const KRIPPENDORFF_2011: Cell[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

/**
 * Textbook oracle straight from Krippendorff (2011): builds the coincidence matrix with explicit
 * values, then α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck with the ordinal δ² summed literally.
 */
function oracleAlpha(data: Cell[][], level: MeasurementLevel): number {
  const units = data[0]?.length ?? 0;
  const o = new Map<Cell, Map<Cell, number>>();
  const add = (c: Cell, k: Cell, w: number) => {
    const row = o.get(c) ?? new Map<Cell, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    o.set(c, row);
  };
  for (let u = 0; u < units; u++) {
    const present = data.map((row) => row[u]).filter((v): v is string | number => v !== null);
    if (present.length < 2) continue;
    for (let i = 0; i < present.length; i++)
      for (let j = 0; j < present.length; j++) if (i !== j) add(present[i], present[j], 1 / (present.length - 1));
  }
  const values = [...o.keys()].sort((x, y) => Number(x) - Number(y));
  const n_ = new Map(values.map((v) => [v, [...o.get(v)!.values()].reduce((s, x) => s + x, 0)]));
  const n = [...n_.values()].reduce((s, x) => s + x, 0);
  const delta = (c: Cell, k: Cell): number => {
    if (c === k) return 0;
    switch (level) {
      case 'nominal':
        return 1;
      case 'interval':
        return (Number(c) - Number(k)) ** 2;
      case 'ratio':
        return ((Number(c) - Number(k)) / (Number(c) + Number(k))) ** 2;
      case 'ordinal': {
        const [lo, hi] = [values.indexOf(c), values.indexOf(k)].sort((x, y) => x - y);
        let sum = 0;
        for (let g = lo; g <= hi; g++) sum += n_.get(values[g])!;
        return (sum - (n_.get(c)! + n_.get(k)!) / 2) ** 2;
      }
    }
  };
  let observed = 0;
  let expected = 0;
  for (const c of values)
    for (const k of values) {
      observed += (o.get(c)!.get(k) ?? 0) * delta(c, k);
      expected += n_.get(c)! * n_.get(k)! * delta(c, k);
    }
  return 1 - ((n - 1) * observed) / expected;
}

const numericCell = fc.option(fc.integer({ min: 0, max: 6 }), { nil: null, freq: 4 });
const reliabilityData = (coders: { min: number; max: number }) =>
  fc
    .tuple(fc.integer(coders), fc.integer({ min: 0, max: 25 }))
    .chain(([c, u]) => fc.array(fc.array(numericCell, { minLength: u, maxLength: u }), { minLength: c, maxLength: c }));
const level = fc.constantFrom(...MEASUREMENT_LEVELS);

const sameOrBothNaN = (actual: number, expected: number) => {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, 10);
};

describe(krippendorffAlpha.name, () => {
  it.each([
    { level: 'nominal', expected: 0.743 },
    { level: 'ordinal', expected: 0.815 },
    { level: 'interval', expected: 0.849 },
    { level: 'ratio', expected: 0.797 },
  ] as const)('returns $expected when the Krippendorff (2011) example is $level', ({ level, expected }) => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, level).toFixed(3)).toBe(expected.toFixed(3));
  });

  it('returns the same value for strings as for numbers when the data are nominal', () => {
    const asStrings = KRIPPENDORFF_2011.map((row) => row.map((v) => (v === null ? null : `v${v}`)));
    expect(krippendorffAlpha(asStrings, 'nominal')).toBeCloseTo(krippendorffAlpha(KRIPPENDORFF_2011, 'nominal'), 12);
  });

  it.each<{ name: string; data: Cell[][]; level: MeasurementLevel; expected: number }>([
    { name: 'there are no coders', data: [], level: 'nominal', expected: Number.NaN },
    { name: 'there are no units', data: [[], []], level: 'nominal', expected: Number.NaN },
    { name: 'there is one coder', data: [[1, 2, 3]], level: 'interval', expected: Number.NaN },
    { name: 'no unit has two values', data: [[1, _], [_, 2]], level: 'nominal', expected: Number.NaN },
    { name: 'every pairable value is the same', data: [['a', 'a', 'b'], ['a', 'a', _]], level: 'nominal', expected: Number.NaN },
    { name: 'coders agree perfectly with variation', data: [['a', 'b', 'c'], ['a', 'b', 'c']], level: 'nominal', expected: 1 },
    // Hand-computed: o_ab = o_ba = 2, n_a = n_b = 2, n = 4 → α = 1 − 3·(2 + 2)/(2·2 + 2·2) = −0.5.
    { name: 'two coders always disagree on two values', data: [['a', 'b'], ['b', 'a']], level: 'nominal', expected: -0.5 },
    { name: 'ratio values are all zero but one', data: [[0, 0, 2], [0, 0, 2]], level: 'ratio', expected: 1 },
  ])('returns $expected when $name', ({ data, level, expected }) => {
    sameOrBothNaN(krippendorffAlpha(data, level), expected);
  });

  it.each<{ name: string; data: Cell[][]; level: MeasurementLevel; code: string }>([
    { name: 'coders rated different numbers of units', data: [[1, 2], [1]], level: 'nominal', code: 'AGREEMENT_RAGGED_MATRIX' },
    { name: 'interval data hold a string', data: [[1, 2], ['x', 2]], level: 'interval', code: 'AGREEMENT_NON_NUMERIC_VALUE' },
    { name: 'ratio data hold a string', data: [[1, 2], [1, 'x']], level: 'ratio', code: 'AGREEMENT_NON_NUMERIC_VALUE' },
    { name: 'ratio data are negative', data: [[1, -2], [1, 2]], level: 'ratio', code: 'AGREEMENT_NEGATIVE_RATIO_VALUE' },
  ])('throws $code when $name', ({ data, level, code }) => {
    expect(() => krippendorffAlpha(data, level)).toThrow(AgreementInputError);
    expect(() => krippendorffAlpha(data, level)).toThrow(expect.objectContaining({ code }));
  });

  it('returns the textbook coincidence-matrix value when given random data at any level', () => {
    fc.assert(
      fc.property(reliabilityData({ min: 1, max: 5 }), level, (data, level) => {
        sameOrBothNaN(krippendorffAlpha(data, level), oracleAlpha(data, level));
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same value when the coders are permuted', () => {
    fc.assert(
      fc.property(reliabilityData({ min: 2, max: 5 }), level, (data, level) => {
        sameOrBothNaN(krippendorffAlpha([...data].reverse(), level), krippendorffAlpha(data, level));
      }),
    );
  });

  it('returns the same value when the units are permuted', () => {
    fc.assert(
      fc.property(reliabilityData({ min: 2, max: 4 }), level, fc.nat(), (data, level, shift) => {
        const units = data[0].length;
        const rotated = data.map((row) => row.map((_, u) => row[(u + shift) % units]));
        sameOrBothNaN(krippendorffAlpha(rotated, level), krippendorffAlpha(data, level));
      }),
    );
  });

  it('returns 1 when the coders agree perfectly and there is variation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 30 }), fc.integer({ min: 2, max: 5 }), level, (row, coders, level) => {
        fc.pre(new Set(row).size > 1);
        expect(krippendorffAlpha(Array.from({ length: coders }, () => row), level)).toBe(1);
      }),
    );
  });

  it('returns at most 1 when given any data', () => {
    fc.assert(
      fc.property(reliabilityData({ min: 2, max: 5 }), level, (data, level) => {
        const value = krippendorffAlpha(data, level);
        expect(Number.isNaN(value) || value <= 1 + 1e-12).toBe(true);
      }),
    );
  });

  it('returns the same value when units with fewer than two values are added', () => {
    fc.assert(
      fc.property(reliabilityData({ min: 2, max: 4 }), level, fc.integer({ min: 0, max: 6 }), (data, level, lone) => {
        const padded = data.map((row, coder) => [...row, coder === 0 ? lone : null, null]);
        sameOrBothNaN(krippendorffAlpha(padded, level), krippendorffAlpha(data, level));
      }),
    );
  });
});

describe(alphaOfEncoded.name, () => {
  it('returns the full-data alpha when the unit sample is every unit once', () => {
    const encoded = encodeReliabilityData(KRIPPENDORFF_2011, 'ordinal');
    const everyUnit = Int32Array.from({ length: encoded.units }, (_, i) => i);
    expect(alphaOfEncoded(encoded, 'ordinal', everyUnit)).toBeCloseTo(krippendorffAlpha(KRIPPENDORFF_2011, 'ordinal'), 12);
  });

  it('returns the alpha of the duplicated data when every unit is sampled twice', () => {
    const encoded = encodeReliabilityData(KRIPPENDORFF_2011, 'interval');
    const twice = Int32Array.from({ length: 2 * encoded.units }, (_, i) => i % encoded.units);
    const doubled = KRIPPENDORFF_2011.map((row) => [...row, ...row]);
    expect(alphaOfEncoded(encoded, 'interval', twice)).toBeCloseTo(krippendorffAlpha(doubled, 'interval'), 12);
  });
});
