import { describe, expect, it } from 'vitest';
import type { CodedPassage } from './code-suggester-model.js';
import { SuggestionInputError } from './suggestion-input-error.js';
import { trainCodeSuggester } from './train-code-suggester.js';

const passages: CodedPassage[] = [
  { language: 'nl', text: 'Ik vertrouw de uitleg van de arts.', codeIds: ['trust'] },
  { language: 'nl', text: 'De kosten van de software zijn hoog.', codeIds: ['cost'] },
  { language: 'en', text: 'I trust the doctor.', codeIds: ['trust'] },
];

describe(trainCodeSuggester.name, () => {
  it('returns no language models when there is no data', () => {
    expect(trainCodeSuggester([])).toEqual({ method: 'one-vs-rest-logistic-regression', languages: [] });
  });

  it('returns one model per language with its own vocabulary and codes', () => {
    const model = trainCodeSuggester(passages);
    expect(model.languages.map((language) => [language.language, language.passages])).toEqual([
      ['nl', 2],
      ['en', 1],
    ]);
    const dutch = model.languages[0];
    expect(Object.keys(dutch?.vocabulary ?? {})).toEqual(['art', 'hog', 'kost', 'softwar', 'uitleg', 'vertrouw']);
    expect(dutch?.codes.map((code) => [code.codeId, code.positives, code.weights.length])).toEqual([
      ['cost', 1, 6],
      ['trust', 1, 6],
    ]);
    expect(model.languages[1]?.codes.map((code) => code.codeId)).toEqual(['trust']);
  });

  it('returns a model that survives a JSON round trip unchanged', () => {
    const model = trainCodeSuggester(passages);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('returns a smaller vocabulary when minDocumentFrequency is 2', () => {
    const model = trainCodeSuggester(passages, { minDocumentFrequency: 2 });
    expect(model.languages[0]?.vocabulary).toEqual({});
  });

  it('returns a model without changing the passages it learns from', () => {
    const frozen = passages.map((passage) => Object.freeze({ ...passage, codeIds: Object.freeze([...passage.codeIds]) }));
    expect(() => trainCodeSuggester(frozen)).not.toThrow();
  });

  it.each([
    { name: 'a negative l2', options: { l2: -1 } },
    { name: 'fractional iterations', options: { iterations: 2.5 } },
    { name: 'minDocumentFrequency 0', options: { minDocumentFrequency: 0 } },
  ])('throws SUGGESTION_INVALID_OPTION when given $name', ({ options }) => {
    expect(() => trainCodeSuggester(passages, options)).toThrow(SuggestionInputError);
    expect(() => trainCodeSuggester(passages, options)).toThrow(expect.objectContaining({ code: 'SUGGESTION_INVALID_OPTION' }));
  });
});
