import { describe, expect, it } from 'vitest';
import { divergingBarOption, sharesInPercent } from './diverging-bar-option';

const formatPercent = (p: number) => `${Math.round(p)} %`;
type Series = { name: string; data: number[]; stack: string };

describe('divergingBarOption', () => {
  const option = divergingBarOption({
    categories: ['Patients', 'Radiologists'],
    choices: ['1', '2', '3', '4', '5'],
    counts: [
      [0, 1, 2, 3, 4],
      [5, 0, 0, 0, 5],
    ],
    formatPercent,
  });
  const series = option.series as Series[];

  it('puts answers below the middle left of zero, above it right, and splits the neutral middle', () => {
    expect(series.map((s) => s.name)).toEqual(['3', '2', '1', '3', '4', '5']);
    expect(series.every((s) => s.stack === 'scale')).toBe(true);
    // Patients: 10 answers → 0, 10, 20, 30, 40 %.
    expect(series.map((s) => s.data[0])).toEqual([-10, -10, 0, 10, 30, 40]);
    // Radiologists: 50 % lowest, 50 % highest, nobody neutral.
    expect(series.map((s) => s.data[1])).toEqual([0, 0, -50, 0, 0, 50]);
    const left = series.filter((s) => (s.data[0] ?? 0) < 0).reduce((sum, s) => sum + (s.data[0] ?? 0), 0);
    const right = series.filter((s) => (s.data[0] ?? 0) > 0).reduce((sum, s) => sum + (s.data[0] ?? 0), 0);
    expect(right - left).toBe(100);
  });

  it('lists every choice once in the legend, lowest first, and keeps a symmetric axis', () => {
    expect((option.legend as { data: string[] }).data).toEqual(['1', '2', '3', '4', '5']);
    const axis = option.xAxis as { min: number; max: number; axisLabel: { formatter: (v: number) => string } };
    expect(axis.min).toBe(-80);
    expect(axis.max).toBe(80);
    expect(axis.axisLabel.formatter(-40)).toBe('40 %');
  });

  it('has no neutral on an even scale', () => {
    const even = divergingBarOption({ categories: ['A'], choices: ['no', 'rather no', 'rather yes', 'yes'], counts: [[1, 1, 1, 1]], formatPercent });
    expect((even.series as Series[]).map((s) => [s.name, s.data[0]])).toEqual([
      ['rather no', -25],
      ['no', -25],
      ['rather yes', 25],
      ['yes', 25],
    ]);
  });

  it('draws empty bars for a group without answers and wraps long labels', () => {
    const empty = divergingBarOption({ categories: ['Radiotherapeut-oncoloog met een heel lange omschrijving'], choices: ['1', '2', '3'], counts: [[0, 0, 0]], formatPercent });
    expect((empty.series as Series[]).flatMap((s) => s.data).every((v) => v === 0)).toBe(true);
    expect((empty.yAxis as { data: string[] }).data[0]).toContain('\n');
  });

  it('shows real percentages in the tooltip, escaped', () => {
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 0 }])).toBe('Patients<br/>1: 0 %<br/>2: 10 %<br/>3: 20 %<br/>4: 30 %<br/>5: 40 %');
  });
});

describe('sharesInPercent', () => {
  it('returns zeros when nobody answered', () => {
    expect(sharesInPercent([0, 0])).toEqual([0, 0]);
    expect(sharesInPercent([1, 3])).toEqual([25, 75]);
  });
});
