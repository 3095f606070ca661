import { describe, expect, it } from 'vitest';
import { tallyRanking } from './ranking-descriptives.js';

const criteria = ['accuracy', 'transparency', 'cost'].map((value) => ({ value, label: value }));

describe(tallyRanking.name, () => {
  it('returns null mean ranks and zero scores when there is no data', () => {
    const tally = tallyRanking([], criteria);
    expect(tally.items.every((item) => item.meanRank === null && item.bordaScore === 0)).toBe(true);
  });

  it('returns mean rank and Borda score when rankings are complete', () => {
    const tally = tallyRanking(
      [
        ['accuracy', 'transparency', 'cost'],
        ['transparency', 'accuracy', 'cost'],
        ['accuracy', 'cost', 'transparency'],
      ],
      criteria,
    );
    // k = 3: first place 2 points, second 1, third 0.
    expect(tally.items).toEqual([
      { value: 'accuracy', label: 'accuracy', ranked: 3, meanRank: 4 / 3, bordaScore: 5 },
      { value: 'transparency', label: 'transparency', ranked: 3, meanRank: 2, bordaScore: 3 },
      { value: 'cost', label: 'cost', ranked: 3, meanRank: 8 / 3, bordaScore: 1 },
    ]);
    expect(tally.answered).toBe(3);
  });

  it('returns unplaced items without rank or points when a ranking is partial', () => {
    const tally = tallyRanking([['cost']], criteria);
    expect(tally.items.map((item) => [item.ranked, item.meanRank, item.bordaScore])).toEqual([
      [0, null, 0],
      [0, null, 0],
      [1, 1, 2],
    ]);
  });

  it('returns missing, invalid and unlisted answers apart', () => {
    const tally = tallyRanking([null, 'cost', ['speed', 'cost']], criteria);
    expect(tally).toMatchObject({ answered: 1, missing: 1, invalid: 1, unlisted: [{ value: 'speed', count: 1 }] });
    expect(tally.items[2]).toMatchObject({ meanRank: 2, bordaScore: 1 });
  });
});
