import type { ChartOption } from '../../../charts/utils/echarts';

export interface AgreementBar {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

/** Pixels per bar, so every code name has room for two lines. */
export const AGREEMENT_BAR_HEIGHT = 34;

/** Height of the agreement chart for this many bars (axis and margins included). */
export function agreementChartHeight(bars: number): number {
  return Math.max(160, 70 + bars * AGREEMENT_BAR_HEIGHT);
}

interface WhiskerApi {
  value: (dimension: number) => number;
  coord: (point: [number, number]) => [number, number];
  size: (size: [number, number]) => [number, number];
  style: (extra?: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Horizontal bars of agreement per code (long code names, as German ones are, wrap on the
 * category axis instead of being cut), with the 95% bootstrap interval drawn as a whisker on each
 * bar. Undefined values show no bar; the axis runs from the lowest bound (or 0) to 1.
 */
export function agreementChartOption(bars: readonly AgreementBar[], labels: { statistic: string; interval: string }): ChartOption {
  const lows = bars.flatMap((bar) => [bar.value, bar.low].filter((v): v is number => v !== null));
  const min = Math.min(0, ...lows.map((v) => Math.floor(v * 10) / 10));
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 24, containLabel: true },
    legend: { top: 0, data: [labels.statistic, labels.interval] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', min, max: 1, splitNumber: 5 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.label),
      axisLabel: { width: 220, overflow: 'break', lineHeight: 14, interval: 0 },
    },
    series: [
      {
        name: labels.statistic,
        type: 'bar',
        barMaxWidth: 18,
        data: bars.map((bar) => bar.value),
        label: { show: true, position: 'right', formatter: ({ value }: { value: number | null }) => (value === null ? '' : value.toFixed(2)) },
      },
      {
        name: labels.interval,
        type: 'custom',
        data: bars.map((bar, index) => (bar.low === null || bar.high === null ? [null, null, index] : [bar.low, bar.high, index])),
        encode: { x: [0, 1], y: 2 },
        renderItem: (_params: unknown, api: WhiskerApi) => whisker(api),
        z: 3,
      },
    ],
  };
}

function whisker(api: WhiskerApi) {
  const low = api.value(0);
  const high = api.value(1);
  const index = api.value(2);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
  const from = api.coord([low, index]);
  const to = api.coord([high, index]);
  const cap = api.size([0, 1])[1] * 0.25;
  const style = api.style({ stroke: '#1f2937', lineWidth: 1.5, fill: 'none' });
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: from[0], y1: from[1], x2: to[0], y2: to[1] }, style },
      { type: 'line', shape: { x1: from[0], y1: from[1] - cap, x2: from[0], y2: from[1] + cap }, style },
      { type: 'line', shape: { x1: to[0], y1: to[1] - cap, x2: to[0], y2: to[1] + cap }, style },
    ],
  };
}
