import { describe, expect, it } from 'vitest';
import { tallyChoices } from './choice-distribution.js';

const likert = [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }));
const single = { multiple: false, confidenceLevel: 0.95 };

describe(tallyChoices.name, () => {
  it('returns zero counts in choice order when there is no data', () => {
    const tally = tallyChoices([], likert, single);
    expect(tally).toMatchObject({ answered: 0, missing: 0, invalid: 0, unlisted: [], numeric: null });
    expect(tally.distribution.map((c) => [c.value, c.count, c.share])).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [3, 0, 0],
      [4, 0, 0],
      [5, 0, 0],
    ]);
  });

  it('returns counts, shares and numeric descriptives when answers are a Likert scale with missing values', () => {
    const tally = tallyChoices([5, 4, '4', null, undefined, 2], likert, single);
    expect(tally.answered).toBe(4);
    expect(tally.missing).toBe(2);
    expect(tally.distribution.map((c) => c.count)).toEqual([0, 1, 0, 2, 1]);
    expect(tally.distribution[3]?.share).toBe(0.5);
    expect(tally.numeric).toMatchObject({ n: 4, median: 4, mean: 3.75 });
  });

  it('returns unlisted values apart and leaves them out of the numeric descriptives', () => {
    const tally = tallyChoices([5, 'other', 'other', 9], likert, single);
    expect(tally.unlisted).toEqual([
      { value: 'other', count: 2 },
      { value: '9', count: 1 },
    ]);
    expect(tally.answered).toBe(4);
    expect(tally.numeric?.n).toBe(1);
  });

  it('returns no numeric descriptives when choice values are words', () => {
    const choices = [
      { value: 'ja', label: 'Ja' },
      { value: 'nee', label: 'Nee' },
    ];
    expect(tallyChoices(['ja'], choices, single).numeric).toBeNull();
  });

  it('returns per-respondent shares that may sum above 1 when answers are multiple choice', () => {
    const choices = [
      { value: 'accuracy', label: 'Diagnostische nauwkeurigheid' },
      { value: 'cost', label: 'Kosten' },
      { value: 'transparency', label: 'Transparantie' },
    ];
    const tally = tallyChoices(
      [['accuracy', 'transparency'], ['accuracy', 'accuracy'], [], 'accuracy'],
      choices,
      { multiple: true, confidenceLevel: 0.95 },
    );
    expect(tally).toMatchObject({ answered: 2, missing: 1, invalid: 1, numeric: null });
    expect(tally.distribution.map((c) => [c.count, c.share])).toEqual([
      [2, 1],
      [0, 0],
      [1, 0.5],
    ]);
  });

  it('returns invalid answers when a single choice gets a list or an object', () => {
    expect(tallyChoices([[1], { a: 1 }], likert, single)).toMatchObject({ answered: 0, invalid: 2 });
  });

  it('returns Unicode values intact when choices use accents', () => {
    const choices = [{ value: 'sì', label: 'Sì' }];
    expect(tallyChoices(['sì', 'sí'], choices, single).unlisted).toEqual([{ value: 'sí', count: 1 }]);
  });
});
