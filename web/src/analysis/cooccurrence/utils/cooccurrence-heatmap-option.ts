import type { ChartOption } from '../../../charts/utils/echarts';
import type { CooccurrenceTable } from '../api/cooccurrence-api';

export type CooccurrenceMeasure = 'count' | 'c';

/** At most this many codes (the most frequent) on each axis, so cells stay readable. */
export const HEATMAP_MAX_CODES = 30;

export interface HeatmapCell {
  /** Column (x) and row (y) indices into `codeIds`. */
  x: number;
  y: number;
  value: number;
}

/**
 * The symmetric code × code matrix of a co-occurrence table: one cell per pair that co-occurs, in
 * both halves; the diagonal stays empty (a code with itself says nothing). Codes in the table's
 * order (most frequent first), cut to `maxCodes`.
 */
export function cooccurrenceMatrix(table: CooccurrenceTable, measure: CooccurrenceMeasure, maxCodes = HEATMAP_MAX_CODES): { codeIds: string[]; cells: HeatmapCell[] } {
  const codeIds = table.codes.slice(0, maxCodes).map((code) => code.codeId);
  const index = new Map(codeIds.map((codeId, i) => [codeId, i]));
  const cells: HeatmapCell[] = [];
  for (const pair of table.pairs) {
    const a = index.get(pair.codeA);
    const b = index.get(pair.codeB);
    if (a === undefined || b === undefined) continue;
    const value = measure === 'count' ? pair.n12 : Math.round(pair.c * 1000) / 1000;
    cells.push({ x: a, y: b, value }, { x: b, y: a, value });
  }
  return { codeIds, cells };
}

/** Height that gives each row of the heatmap room for a wrapped code name. */
export function heatmapHeight(codes: number): number {
  return Math.max(260, 160 + codes * 26);
}

/**
 * ECharts heatmap of the matrix: code names on both axes (rotated on x, wrapped on y so long
 * German names stay legible), a continuous colour scale from 0 to the largest value (1 for c).
 */
export function cooccurrenceHeatmapOption(
  matrix: { codeIds: string[]; cells: HeatmapCell[] },
  labelOf: (codeId: string) => string,
  measure: CooccurrenceMeasure,
  measureLabel: string,
): ChartOption {
  const labels = matrix.codeIds.map(labelOf);
  const max = measure === 'c' ? 1 : Math.max(1, ...matrix.cells.map((cell) => cell.value));
  return {
    tooltip: { position: 'top' },
    grid: { left: 8, right: 16, top: 16, bottom: 70, containLabel: true },
    xAxis: { type: 'category', data: labels, splitArea: { show: true }, axisLabel: { rotate: 45, interval: 0, width: 140, overflow: 'truncate' } },
    yAxis: { type: 'category', data: labels, inverse: true, splitArea: { show: true }, axisLabel: { interval: 0, width: 180, overflow: 'break', lineHeight: 13 } },
    visualMap: { type: 'continuous', min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, text: [String(max), '0'], inRange: { color: ['#f1f5f9', '#2563eb', '#1e3a8a'] } },
    series: [
      {
        name: measureLabel,
        type: 'heatmap',
        data: matrix.cells.map((cell) => [cell.x, cell.y, cell.value]),
        label: { show: matrix.codeIds.length <= 15, fontSize: 10 },
        emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 1 } },
      },
    ],
  };
}
