import { describe, expect, it } from 'vitest';
import { extractTerms, termTokens } from './terms.js';

describe(extractTerms.name, () => {
  it.each([
    { name: 'no data', text: '', options: {}, expected: [] },
    { name: 'only stop words', text: 'de het een', options: {}, expected: [] },
    {
      name: 'default options (stemmed, stop words removed)',
      text: 'Ik heb vertrouwen in de uitleg',
      options: {},
      expected: ['vertrouw', 'uitleg'],
    },
    {
      name: 'stemming off',
      text: 'Ik heb vertrouwen in de uitleg',
      options: { stem: false },
      expected: ['vertrouwen', 'uitleg'],
    },
    {
      name: 'stop words kept',
      text: 'Ik heb vertrouwen',
      options: { removeStopWords: false },
      expected: ['ik', 'heb', 'vertrouw'],
    },
    { name: 'a minimum length', text: 'AI en MRI helpen', options: { minLength: 3 }, expected: ['mri', 'help'] },
  ])('returns the terms when $name', ({ text, options, expected }) => {
    expect(extractTerms(text, 'nl', options)).toEqual(expected);
  });
});

describe(termTokens.name, () => {
  it('returns term, form and code-point span when a word follows an emoji', () => {
    expect(termTokens('🧠 Vertrauen', 'de')).toEqual([{ term: 'vertrau', form: 'vertrauen', start: 2, end: 11 }]);
  });
});
