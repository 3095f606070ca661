import { describe, expect, it } from 'vitest';
import { wordFrequencies } from './word-frequencies.js';

describe(wordFrequencies.name, () => {
  it('returns nothing when there is no data', () => {
    expect(wordFrequencies([], 'en')).toEqual([]);
    expect(wordFrequencies('', 'en')).toEqual([]);
  });

  it('returns stems with their word forms when texts are Dutch', () => {
    const result = wordFrequencies(['Ik vertrouw de uitleg.', 'Vertrouwen is alles; ik vertrouwd het.'], 'nl');
    expect(result[0]).toEqual({
      term: 'vertrouw',
      count: 3,
      share: 3 / 4,
      forms: [
        { form: 'vertrouw', count: 1 },
        { form: 'vertrouwd', count: 1 },
        { form: 'vertrouwen', count: 1 },
      ],
    });
    expect(result[1]).toMatchObject({ term: 'uitleg', count: 1 });
  });

  it('returns word forms when stemming is off and stop words are kept', () => {
    expect(wordFrequencies('Die Ärzte und die Ärzte', 'de', { stem: false, removeStopWords: false })).toEqual([
      // Ties are ordered by code point, so ä comes after the ASCII letters.
      { term: 'die', count: 2, share: 0.4, forms: [{ form: 'die', count: 2 }] },
      { term: 'ärzte', count: 2, share: 0.4, forms: [{ form: 'ärzte', count: 2 }] },
      { term: 'und', count: 1, share: 0.2, forms: [{ form: 'und', count: 1 }] },
    ]);
  });
});
