import { describe, expect, it } from 'vitest';
import type { StatsCell, SurveyStatsQuestion } from '../api/survey-stats';
import { cellsToDraw, choiceShareSeries, numericSeries, rankingSeries, scaleCounts } from './question-series';

const cell = (key: string | null, extra: Partial<StatsCell>): StatsCell => ({ key, responses: 2, answered: 2, missing: 0, invalid: 0, ...extra });
const question = (extra: Partial<SurveyStatsQuestion>): SurveyStatsQuestion => ({
  name: 'q',
  title: 'Q',
  page: 'p',
  type: 'rating',
  kind: 'scale',
  tags: {},
  choices: [
    { value: 1, label: 'low' },
    { value: 2, label: 'high' },
  ],
  overall: cell(null, {}),
  groups: [],
  ...extra,
});
const nameOf = (c: StatsCell) => c.key ?? 'all';

describe('question series', () => {
  it('draws everyone when the view is not split, else each group', () => {
    const q = question({});
    expect(cellsToDraw(q)).toEqual([q.overall]);
    const split = question({ groups: [cell('patient', {}), cell('radiologist', {})] });
    expect(cellsToDraw(split).map(nameOf)).toEqual(['patient', 'radiologist']);
  });

  it('reads counts and shares per choice, null for a group nobody in answered', () => {
    const distribution = [
      { value: 1, label: 'low', count: 1, share: 0.5 },
      { value: 2, label: 'high', count: 1, share: 0.5 },
    ];
    const cells = [cell('a', { distribution }), cell('b', { answered: 0, distribution: [] })];
    expect(scaleCounts(question({}), cells)).toEqual([
      [1, 1],
      [0, 0],
    ]);
    expect(choiceShareSeries(question({}), cells, nameOf)).toEqual([
      { name: 'a', values: [50, 50] },
      { name: 'b', values: [null, null] },
    ]);
  });

  it('turns Borda scores into points per respondent and keeps mean ranks', () => {
    const items = [
      { value: 'x', label: 'X', ranked: 2, meanRank: 1, bordaScore: 2 },
      { value: 'y', label: 'Y', ranked: 2, meanRank: 2, bordaScore: 0 },
    ];
    const q = question({ kind: 'ranking', choices: items.map(({ value, label }) => ({ value, label })) });
    expect(rankingSeries(q, [cell('a', { items })], 'borda', nameOf)).toEqual([{ name: 'a', values: [1, 0] }]);
    expect(rankingSeries(q, [cell('a', { items })], 'meanRank', nameOf)).toEqual([{ name: 'a', values: [1, 2] }]);
  });

  it('bins numeric answers the same way for every group', () => {
    const result = numericSeries(
      [
        cell('a', { values: [{ value: 80, count: 1 }, { value: 90, count: 1 }] }),
        cell('b', { answered: 1, values: [{ value: 90, count: 1 }] }),
      ],
      nameOf,
    );
    expect(result.bins.map((b) => b.from)).toEqual([80, 90]);
    expect(result.series).toEqual([
      { name: 'a', values: [50, 50] },
      { name: 'b', values: [0, 100] },
    ]);
  });

  it('puts every answer in exactly one range when there are many values', () => {
    const values = Array.from({ length: 41 }, (_, i) => ({ value: i * 5, count: 1 }));
    const result = numericSeries([cell('a', { answered: 41, values })], nameOf);
    expect(result.bins.length).toBeLessThanOrEqual(9);
    const total = result.series[0]!.values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
    expect(total).toBeCloseTo(100, 9);
  });
});
