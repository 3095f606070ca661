import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './agreement-input-error.js';
import { encodeReliabilityData, type MeasurementLevel } from './reliability-data.js';

describe(encodeReliabilityData.name, () => {
  it('returns unit-major codes and pairable counts when some units have a single value', () => {
    const encoded = encodeReliabilityData(
      [
        ['a', 'b', null],
        ['a', null, 'c'],
      ],
      'nominal',
    );
    expect(encoded.values).toEqual(['a', 'b', 'c']);
    expect([...encoded.codes]).toEqual([0, 0, 1, -1, -1, 2]);
    // Units 2 and 3 have one value each, so only unit 1's two 'a's are pairable.
    expect([...encoded.pairableCounts]).toEqual([2, 0, 0]);
    expect(encoded.pairable).toBe(2);
  });

  it('returns an empty encoding when there are no coders', () => {
    expect(encodeReliabilityData([], 'nominal')).toMatchObject({ coders: 0, units: 0, pairable: 0 });
  });

  it('returns 1 and "1" as distinct values when nominal data mix numbers and strings', () => {
    expect(encodeReliabilityData([[1, '1']], 'nominal').values).toEqual([1, '1']);
  });

  it.each<{ name: string; data: Array<Array<string | number | null>>; level: MeasurementLevel; code: string }>([
    { name: 'rows differ in length', data: [[1, 2], [1]], level: 'nominal', code: 'AGREEMENT_RAGGED_MATRIX' },
    { name: 'interval data hold a string', data: [[1, 'high']], level: 'interval', code: 'AGREEMENT_NON_NUMERIC_VALUE' },
    { name: 'ratio data hold a string', data: [['3']], level: 'ratio', code: 'AGREEMENT_NON_NUMERIC_VALUE' },
    { name: 'ordinal data hold a string', data: [['low', 'high']], level: 'ordinal', code: 'AGREEMENT_NON_NUMERIC_VALUE' },
    { name: 'ratio data hold a negative number', data: [[2, -1]], level: 'ratio', code: 'AGREEMENT_NEGATIVE_RATIO_VALUE' },
    { name: 'a value is NaN', data: [[Number.NaN]], level: 'nominal', code: 'AGREEMENT_INVALID_VALUE' },
    { name: 'a value is infinite', data: [[Number.POSITIVE_INFINITY]], level: 'interval', code: 'AGREEMENT_INVALID_VALUE' },
  ])('throws $code when $name', ({ data, level, code }) => {
    expect(() => encodeReliabilityData(data, level)).toThrow(expect.objectContaining({ code }));
  });

  it('throws an invalid-value error when a value is undefined (untyped callers)', () => {
    const data = [[1, undefined]] as unknown as number[][];
    expect(() => encodeReliabilityData(data, 'nominal')).toThrow(AgreementInputError);
  });

  it('throws an invalid-level error when the level is unknown (untyped callers)', () => {
    expect(() => encodeReliabilityData([[1]], 'cardinal' as MeasurementLevel)).toThrow(
      expect.objectContaining({ code: 'AGREEMENT_INVALID_LEVEL' }),
    );
  });
});
