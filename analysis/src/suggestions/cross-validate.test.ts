import { describe, expect, it } from 'vitest';
import type { CodedPassage } from './code-suggester-model.js';
import { assignCrossValidationFolds, crossValidate } from './cross-validate.js';
import { SuggestionInputError } from './suggestion-input-error.js';

const topics: Record<string, string[]> = {
  trust: ['I trust the doctor', 'Trusting the software is fine', 'My trust grew after the talk', 'I trusted the explanation'],
  cost: ['The costs are too high', 'It costs the hospital a lot', 'Who pays the cost of the software', 'A costly system'],
};
const passages: CodedPassage[] = Object.entries(topics).flatMap(([codeId, texts]) =>
  texts.flatMap((text) => [text, `${text} again`, `Really, ${text.toLowerCase()}`].map((variant) => ({ language: 'en' as const, text: variant, codeIds: [codeId] }))),
);

describe(crossValidate.name, () => {
  it('returns NaN averages and no codes when there is no data', () => {
    const report = crossValidate([], { folds: 3, seed: 1 });
    expect(report).toMatchObject({ passages: 0, folds: 3, perCode: [] });
    expect(report.macro.precision).toBeNaN();
  });

  it('returns high macro precision and recall when the codes have separate vocabularies', () => {
    const report = crossValidate(passages, { folds: 4, seed: 11 });
    expect(report.perCode.map((code) => [code.codeId, code.support])).toEqual([
      ['cost', 12],
      ['trust', 12],
    ]);
    expect(report.macro.precision).toBeGreaterThan(0.9);
    expect(report.macro.recall).toBeGreaterThan(0.9);
  });

  it('returns the same report when run twice with the same seed', () => {
    expect(crossValidate(passages, { folds: 3, seed: 5 })).toEqual(crossValidate(passages, { folds: 3, seed: 5 }));
    const baseline = { folds: 3, seed: 5, method: 'prior-frequency' as const };
    expect(crossValidate(passages, baseline)).toEqual(crossValidate(passages, baseline));
  });

  it('returns about chance-level scores for the prior-frequency baseline', () => {
    const report = crossValidate(passages, { folds: 4, seed: 2, method: 'prior-frequency' });
    expect(report.method).toBe('prior-frequency');
    expect(report.macro.precision).toBeLessThan(0.8);
  });

  it.each([
    { name: 'one fold', options: { folds: 1 } },
    { name: 'fractional folds', options: { folds: 2.5 } },
    { name: 'a threshold of 0', options: { threshold: 0 } },
    { name: 'a threshold above 1', options: { threshold: 1.5 } },
    { name: 'a NaN seed', options: { seed: Number.NaN } },
  ])('throws SUGGESTION_INVALID_OPTION when given $name', ({ options }) => {
    expect(() => crossValidate(passages, options)).toThrow(SuggestionInputError);
  });
});

describe(assignCrossValidationFolds.name, () => {
  it('returns balanced folds that differ by seed', () => {
    const folds = assignCrossValidationFolds(10, 3, 1);
    expect([0, 1, 2].map((fold) => folds.filter((f) => f === fold).length)).toEqual([4, 3, 3]);
    expect(assignCrossValidationFolds(10, 3, 2)).not.toEqual(folds);
  });

  it('returns no folds when there is no data', () => {
    expect(assignCrossValidationFolds(0, 5, 1)).toEqual([]);
  });
});
