import type { ChartOption } from '../../../charts/utils/echarts';
import { GROUP_COLORS } from './chart-palette';
import { escapeHtml } from './diverging-bar-option';
import { wrapLabel } from './wrap-label';

export interface GroupedBarInput {
  /** One row of bars per category (a choice, a ranked item, a value range), top to bottom; translated. */
  categories: string[];
  /** One bar per group in each row (or a single series for everyone); values null when not defined. */
  series: Array<{ name: string; values: Array<number | null> }>;
  /** Formats a value for the axis and the tooltip, in the reader's language. */
  formatValue: (value: number) => string;
  /** Fixed axis range, e.g. 0–100 for percentages or 1–k for mean ranks. */
  min?: number;
  max?: number;
  /** Mean ranks: shorter is better, so the axis runs the other way round is not needed; the note is in the table. */
  valueAxisName?: string;
}

/**
 * Horizontal grouped bars: categories down the side (long labels wrapped), one coloured bar per group.
 * Used for choice distributions, numeric value ranges and ranking scores.
 */
export function groupedBarOption({ categories, series, formatValue, min, max, valueAxisName }: GroupedBarInput): ChartOption {
  return {
    color: [...GROUP_COLORS],
    legend: series.length > 1 ? { data: series.map((s) => s.name), top: 0, type: 'scroll' } : { show: false },
    grid: { left: 8, right: 24, top: series.length > 1 ? 40 : 16, bottom: valueAxisName ? 40 : 24, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { dataIndex?: number } | undefined) : undefined;
        const index = first?.dataIndex ?? 0;
        const lines = series.map((s) => {
          const value = s.values[index];
          return `${s.name}: ${value === null || value === undefined ? '–' : formatValue(value)}`;
        });
        return [categories[index] ?? '', ...lines].map(escapeHtml).join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(valueAxisName ? { name: valueAxisName, nameLocation: 'middle', nameGap: 28 } : {}),
      axisLabel: { formatter: (value: number) => formatValue(value) },
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    yAxis: { type: 'category', inverse: true, data: categories.map((category) => wrapLabel(category, 28, 3)), axisTick: { show: false }, axisLabel: { lineHeight: 14 } },
    series: series.map((s) => ({ type: 'bar', name: s.name, barMaxWidth: 18, emphasis: { focus: 'series' }, data: s.values.map((v) => (v === null ? null : Math.round(v * 100) / 100)) })),
  };
}

/** Height that leaves every category and group room to be read. */
export function groupedBarHeight(categories: number, groups: number): number {
  const perCategory = Math.max(28, Math.min(groups, 6) * 14 + 10);
  return Math.min(1400, 80 + categories * perCategory);
}
