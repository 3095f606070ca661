import { describe, expect, it } from 'vitest';
import type { CooccurrenceTable } from '../api/cooccurrence-api';
import { cooccurrenceHeatmapOption, cooccurrenceMatrix } from './cooccurrence-heatmap-option';

const table: CooccurrenceTable = {
  unit: 'passage',
  codes: [
    { codeId: 'trust', count: 9 },
    { codeId: 'cost', count: 5 },
    { codeId: 'liability', count: 2 },
  ],
  pairs: [
    { codeA: 'cost', codeB: 'trust', n1: 5, n2: 9, n12: 3, c: 3 / 11, inflated: false },
    { codeA: 'liability', codeB: 'trust', n1: 2, n2: 9, n12: 1, c: 0.1, inflated: false },
  ],
  availableCoderIds: ['a', 'b'],
};

describe(cooccurrenceMatrix.name, () => {
  it('fills both halves of the matrix and leaves the diagonal empty', () => {
    const { codeIds, cells } = cooccurrenceMatrix(table, 'count');
    expect(codeIds).toEqual(['trust', 'cost', 'liability']);
    expect(cells).toEqual([
      { x: 1, y: 0, value: 3 },
      { x: 0, y: 1, value: 3 },
      { x: 2, y: 0, value: 1 },
      { x: 0, y: 2, value: 1 },
    ]);
    expect(cells.some((cell) => cell.x === cell.y)).toBe(false);
  });

  it('shows the c-coefficient rounded to three decimals, and keeps only the most frequent codes', () => {
    expect(cooccurrenceMatrix(table, 'c').cells[0]!.value).toBe(0.273);
    const cut = cooccurrenceMatrix(table, 'count', 2);
    expect(cut.codeIds).toEqual(['trust', 'cost']);
    expect(cut.cells).toHaveLength(2);
  });
});

describe(cooccurrenceHeatmapOption.name, () => {
  it('labels both axes in the reader’s language and scales colours to the largest count (or 1 for c)', () => {
    const labels: Record<string, string> = { trust: 'Vertrauen', cost: 'Kosten', liability: 'Haftung' };
    const option = cooccurrenceHeatmapOption(cooccurrenceMatrix(table, 'count'), (id) => labels[id]!, 'count', 'Anzahl') as {
      xAxis: { data: string[]; axisLabel: { rotate: number } };
      yAxis: { data: string[] };
      visualMap: { max: number };
      series: Array<{ type: string; data: number[][] }>;
    };
    expect(option.xAxis.data).toEqual(['Vertrauen', 'Kosten', 'Haftung']);
    expect(option.yAxis.data).toEqual(option.xAxis.data);
    expect(option.xAxis.axisLabel.rotate).toBe(45);
    expect(option.visualMap.max).toBe(3);
    expect(option.series[0]!.type).toBe('heatmap');
    expect(option.series[0]!.data[0]).toEqual([1, 0, 3]);
    const c = cooccurrenceHeatmapOption(cooccurrenceMatrix(table, 'c'), (id) => id, 'c', 'c') as { visualMap: { max: number } };
    expect(c.visualMap.max).toBe(1);
  });
});
