import type { ChartOption } from '../../../charts/utils/echarts';
import type { CodeCrosstab, CrosstabCell } from '../api/crosstab-api';

export type CrosstabMeasure = 'passages' | 'shareOfParticipants' | 'shareOfPassages';
export const CROSSTAB_MEASURES: readonly CrosstabMeasure[] = ['passages', 'shareOfParticipants', 'shareOfPassages'];
export type CrosstabLayout = 'stacked' | 'grouped';

/** The figure a cell shows for a measure: a count, or a share in [0, 1]. */
export function crosstabValue(cell: CrosstabCell, measure: CrosstabMeasure): number {
  return cell[measure];
}

/** Shares are drawn as percentages, rounded to one decimal. */
function plotted(cell: CrosstabCell, measure: CrosstabMeasure): number {
  const value = crosstabValue(cell, measure);
  return measure === 'passages' ? value : Math.round(value * 1000) / 10;
}

export function crosstabChartHeight(codes: number, layout: CrosstabLayout, columns: number): number {
  const perCode = layout === 'stacked' ? 30 : Math.max(30, 10 * columns);
  return Math.max(220, 90 + codes * perCode);
}

/**
 * Horizontal bars, one band per code (names wrap, so long German labels fit), one series per
 * column (group, center or language), stacked or side by side. Shares are in percent; stacking
 * shares of participants would add up percentages of different people, so they are grouped.
 */
export function crosstabChartOption(
  table: CodeCrosstab,
  measure: CrosstabMeasure,
  layout: CrosstabLayout,
  labels: { code: (codeId: string) => string; column: (key: string | null) => string; axis: string },
  maxCodes = 25,
): ChartOption {
  const rows = table.rows.slice(0, maxCodes);
  const stack = layout === 'stacked' && measure !== 'shareOfParticipants' ? 'total' : undefined;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll', data: table.columns.map((column) => labels.column(column.key)) },
    grid: { left: 8, right: 24, top: 36, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: labels.axis, nameLocation: 'middle', nameGap: 24, ...(measure === 'passages' ? { minInterval: 1 } : {}) },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => labels.code(row.codeId)), axisLabel: { interval: 0, width: 200, overflow: 'break', lineHeight: 13 } },
    series: table.columns.map((column, c) => ({
      name: labels.column(column.key),
      type: 'bar',
      ...(stack ? { stack } : {}),
      barMaxWidth: 22,
      data: rows.map((row) => plotted(row.cells[c], measure)),
    })),
  };
}
