import { describe, expect, it } from 'vitest';
import { answerKey, choicesOf, isMissingAnswer, isNumericValue, isScalarAnswer } from './answer-values.js';

describe(isMissingAnswer.name, () => {
  it.each([
    { name: 'undefined', value: undefined, expected: true },
    { name: 'null', value: null, expected: true },
    { name: 'blank text', value: '  ', expected: true },
    { name: 'an empty selection', value: [], expected: true },
    { name: 'an empty matrix', value: {}, expected: true },
    { name: 'zero', value: 0, expected: false },
    { name: 'false', value: false, expected: false },
    { name: 'text', value: 'ja', expected: false },
  ])('returns $expected when the answer is $name', ({ value, expected }) => {
    expect(isMissingAnswer(value)).toBe(expected);
  });
});

describe(isScalarAnswer.name, () => {
  it.each([
    { value: 'a', expected: true },
    { value: 3, expected: true },
    { value: true, expected: true },
    { value: ['a'], expected: false },
    { value: { a: 1 }, expected: false },
  ])('returns $expected when the answer is $value', ({ value, expected }) => {
    expect(isScalarAnswer(value)).toBe(expected);
  });
});

describe(answerKey.name, () => {
  it('returns the same key when a value is a number or its text', () => {
    expect(answerKey(3)).toBe(answerKey('3'));
  });
});

describe(isNumericValue.name, () => {
  it.each([
    { value: 3, expected: true },
    { value: '4', expected: true },
    { value: '', expected: false },
    { value: 'agree', expected: false },
    { value: true, expected: false },
    { value: Number.NaN, expected: false },
  ])('returns $expected when the value is $value', ({ value, expected }) => {
    expect(isNumericValue(value)).toBe(expected);
  });
});

describe(choicesOf.name, () => {
  it('returns rateMin to rateMax when a rating question lists no choices', () => {
    expect(choicesOf({ name: 'q', type: 'rating', rateMin: 0, rateMax: 3 }).map((c) => c.value)).toEqual([0, 1, 2, 3]);
  });

  it('returns 1 to 5 when a rating question has no scale at all (SurveyJS defaults)', () => {
    expect(choicesOf({ name: 'q', type: 'rating' })).toHaveLength(5);
  });

  it('returns true and false when a boolean question lists no choices', () => {
    expect(choicesOf({ name: 'q', type: 'boolean' }).map((c) => c.value)).toEqual([true, false]);
  });

  it('returns the listed choices in order when there are some', () => {
    const choices = [
      { value: 'b', label: 'B' },
      { value: 'a', label: 'A' },
    ];
    expect(choicesOf({ name: 'q', type: 'radiogroup', choices })).toEqual(choices);
  });

  it('returns no choices when a choice question lists none', () => {
    expect(choicesOf({ name: 'q', type: 'dropdown' })).toEqual([]);
  });
});
