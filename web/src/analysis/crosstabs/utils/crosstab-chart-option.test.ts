import { describe, expect, it } from 'vitest';
import type { CodeCrosstab } from '../api/crosstab-api';
import { crosstabChartHeight, crosstabChartOption } from './crosstab-chart-option';

const cell = (passages: number, share: number) => ({ passages, participants: 1, shareOfParticipants: share, shareOfPassages: share / 2 });
const table: CodeCrosstab = {
  dimension: 'group',
  columns: [
    { key: 'patient', participants: 4, passages: 20 },
    { key: null, participants: 1, passages: 2 },
  ],
  total: { participants: 5, passages: 22 },
  rows: [
    { codeId: 'trust', cells: [cell(6, 0.75), cell(1, 1)], total: cell(7, 0.8) },
    { codeId: 'cost', cells: [cell(2, 0.25), cell(0, 0)], total: cell(2, 0.2) },
  ],
  unmatchedCodings: 0,
  availableCoderIds: ['a', 'b'],
};
const labels = { code: (id: string) => `code ${id}`, column: (key: string | null) => key ?? 'missing', axis: 'axis' };
type Option = { series: Array<{ name: string; stack?: string; data: number[] }>; yAxis: { data: string[]; axisLabel: { overflow: string } } };

describe(crosstabChartOption.name, () => {
  it('has one series per column and one band per code, names wrapping', () => {
    const option = crosstabChartOption(table, 'passages', 'stacked', labels) as Option;
    expect(option.series.map((s) => s.name)).toEqual(['patient', 'missing']);
    expect(option.yAxis.data).toEqual(['code trust', 'code cost']);
    expect(option.yAxis.axisLabel.overflow).toBe('break');
    expect(option.series[0]!.data).toEqual([6, 2]);
    expect(option.series.every((s) => s.stack === 'total')).toBe(true);
  });

  it('draws shares as percentages and never stacks shares of participants', () => {
    const participants = crosstabChartOption(table, 'shareOfParticipants', 'stacked', labels) as Option;
    expect(participants.series[0]!.data).toEqual([75, 25]);
    expect(participants.series.some((s) => s.stack)).toBe(false);
    const passages = crosstabChartOption(table, 'shareOfPassages', 'stacked', labels) as Option;
    expect(passages.series[0]!.data).toEqual([37.5, 12.5]);
    expect(passages.series[0]!.stack).toBe('total');
  });

  it('groups side by side when asked, with room per code', () => {
    const grouped = crosstabChartOption(table, 'passages', 'grouped', labels) as Option;
    expect(grouped.series.some((s) => s.stack)).toBe(false);
    expect(crosstabChartHeight(10, 'grouped', 5)).toBeGreaterThanOrEqual(crosstabChartHeight(10, 'stacked', 5));
  });

  it('keeps only the first codes when there are many', () => {
    const option = crosstabChartOption(table, 'passages', 'stacked', labels, 1) as Option;
    expect(option.yAxis.data).toEqual(['code trust']);
  });
});
