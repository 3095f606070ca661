import type { ChartOption } from '../../../charts/utils/echarts';
import { divergingColors } from './chart-palette';
import { wrapLabel } from './wrap-label';

export interface DivergingBarInput {
  /** One bar per category (a group, a center, everyone, a matrix row), top to bottom; already translated. */
  categories: string[];
  /** The scale's choices, lowest first; already translated. */
  choices: string[];
  /** counts[category][choice]. */
  counts: number[][];
  /** Formats a share in percent (0–100) for axis and tooltip, in the reader's language. */
  formatPercent: (percent: number) => string;
}

/** Each category's counts as percentages of its answers (0 when nobody answered). */
export function sharesInPercent(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.map((count) => (total === 0 ? 0 : (100 * count) / total));
}

/**
 * A diverging stacked bar chart of a Likert or rating scale (Robbins & Heiberger): answers below the
 * middle extend left of zero, answers above it right, and the neutral middle of an odd scale is split
 * in half across zero, so bars line up on the centre of the scale.
 */
export function divergingBarOption({ categories, choices, counts, formatPercent }: DivergingBarInput): ChartOption {
  const k = choices.length;
  const shares = categories.map((_, index) => sharesInPercent(counts[index] ?? []));
  const colors = divergingColors(k);
  const neutral = k % 2 === 1 ? (k - 1) / 2 : null;
  const lowSide = Math.floor(k / 2);
  const series: Array<Record<string, unknown>> = [];
  const bar = (choice: number, sign: 1 | -1, part: number) => ({
    type: 'bar',
    name: choices[choice],
    stack: 'scale',
    barMaxWidth: 28,
    itemStyle: { color: colors[choice] },
    emphasis: { focus: 'series' },
    data: shares.map((row) => round(sign * part * (row[choice] ?? 0))),
  });
  // Stacking runs outward from zero: first the neutral half, then the nearest choice, and so on.
  if (neutral !== null) series.push(bar(neutral, -1, 0.5));
  for (let choice = lowSide - 1; choice >= 0; choice -= 1) series.push(bar(choice, -1, 1));
  if (neutral !== null) series.push(bar(neutral, 1, 0.5));
  for (let choice = k - lowSide; choice < k; choice += 1) series.push(bar(choice, 1, 1));

  const extent = Math.min(100, Math.max(50, Math.ceil(Math.max(0, ...shares.map((row) => sideTotal(row, neutral, lowSide))) / 10) * 10));
  return {
    color: colors,
    legend: { data: choices, top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 40, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { dataIndex?: number } | undefined) : undefined;
        const index = first?.dataIndex ?? 0;
        const row = shares[index] ?? [];
        return [categories[index] ?? '', ...choices.map((choice, c) => `${choice}: ${formatPercent(row[c] ?? 0)}`)].map(escapeHtml).join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      min: -extent,
      max: extent,
      axisLabel: { formatter: (value: number) => formatPercent(Math.abs(value)) },
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    yAxis: { type: 'category', inverse: true, data: categories.map((category) => wrapLabel(category, 24, 3)), axisTick: { show: false }, axisLabel: { lineHeight: 14 } },
    series,
  };
}

/** The larger of the two sides of a bar, for a symmetric axis. */
function sideTotal(row: readonly number[], neutral: number | null, lowSide: number): number {
  const half = neutral === null ? 0 : (row[neutral] ?? 0) / 2;
  const low = row.slice(0, lowSide).reduce((sum, v) => sum + v, 0) + half;
  const high = row.slice(row.length - lowSide).reduce((sum, v) => sum + v, 0) + half;
  return Math.max(low, high);
}

function round(value: number): number {
  // `|| 0`: no -0 for an empty left side.
  return Math.round(value * 100) / 100 || 0;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
