import type { ChartOption } from '../../charts/utils/echarts';
import type { Estimate } from '../api/joint-display';

export interface IntervalSeries {
  name: string;
  values: Array<Estimate | null>;
}

interface WhiskerApi {
  value: (dimension: number) => number;
  coord: (point: [number, number]) => [number, number];
  size: (size: [number, number]) => [number, number];
  style: (extra?: Record<string, unknown>) => Record<string, unknown>;
}

// Bars fill 70% of each category; the whiskers are placed on the same grid so they sit on their bar.
const BAND = 0.7;

/** Centre of bar `index` of `count` in a category, as a fraction of the category's width from its middle. */
export function barOffset(index: number, count: number): number {
  return -BAND / 2 + ((index + 0.5) * BAND) / count;
}

/**
 * Grouped vertical bars with a 95% interval whisker on each bar: categories along x, one series per
 * group (or package). Missing values draw no bar and no whisker.
 */
export function intervalBarsOption(categories: readonly string[], series: readonly IntervalSeries[], labels: { axis: string; max?: number }): ChartOption {
  const count = Math.max(1, series.length);
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: [...categories], axisLabel: { interval: 0, width: 110, overflow: 'break' } },
    yAxis: { type: 'value', name: labels.axis, min: 0, ...(labels.max !== undefined ? { max: labels.max } : {}) },
    series: [
      ...series.map((s) => ({
        name: s.name,
        type: 'bar',
        barGap: '0%',
        barCategoryGap: `${Math.round((1 - BAND) * 100)}%`,
        data: s.values.map((v) => (v ? round(v.value) : null)),
      })),
      ...series.map((s, index) => ({
        name: s.name,
        type: 'custom',
        tooltip: { show: false },
        data: s.values.map((v, category) => (v ? [category, v.low, v.high] : [category, null, null])),
        encode: { x: 0, y: [1, 2] },
        renderItem: (_params: unknown, api: WhiskerApi) => whisker(api, barOffset(index, count)),
        z: 3,
      })),
    ],
  };
}

/**
 * Probability of each rank per package as stacked horizontal bars (rank 1 darkest), so a reader
 * sees at a glance whether a package's place is settled or could as well be another.
 */
export function rankProbabilityOption(packages: readonly string[], probabilities: ReadonlyArray<readonly number[] | null>, rankLabel: (rank: number) => string): ChartOption {
  const ranks = packages.length;
  const palette = ['#1d4e89', '#3f7cac', '#7fb0d3', '#b9d6ea', '#dbe9f4', '#eef4fa'];
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
    yAxis: { type: 'category', inverse: true, data: [...packages] },
    series: Array.from({ length: ranks }, (_, r) => ({
      name: rankLabel(r + 1),
      type: 'bar',
      stack: 'rank',
      itemStyle: { color: palette[Math.min(r, palette.length - 1)] },
      data: probabilities.map((p) => (p ? round(p[r] ?? 0) : null)),
    })),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function whisker(api: WhiskerApi, offset: number) {
  const category = api.value(0);
  const low = api.value(1);
  const high = api.value(2);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
  const width = api.size([1, 0])[0];
  const x = api.coord([category, low])[0] + offset * width;
  const yLow = api.coord([category, low])[1];
  const yHigh = api.coord([category, high])[1];
  const cap = (width * BAND) / 8;
  const style = api.style({ stroke: '#1f2937', lineWidth: 1.2, fill: 'none' });
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: x, y1: yLow, x2: x, y2: yHigh }, style },
      { type: 'line', shape: { x1: x - cap, y1: yLow, x2: x + cap, y2: yLow }, style },
      { type: 'line', shape: { x1: x - cap, y1: yHigh, x2: x + cap, y2: yHigh }, style },
    ],
  };
}
