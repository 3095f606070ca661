import type { ChartOption } from '../../../charts/utils/echarts';
import type { DistinctiveTerm } from '../api/text-analysis';
import { escapeHtml } from './escape-html';

export interface DistinctiveBarLabels {
  /** Axis name naming the statistic, e.g. "Log-likelihood G² (− = used less)". */
  axis: string;
  over: string;
  under: string;
  /** Tooltip counts line, e.g. "Group: 4 · rest: 1". */
  counts: (term: DistinctiveTerm) => string;
}

const OVER = '#2166ac';
const UNDER = '#b2182b';

/**
 * The strongest distinctive terms as bars of signed log-likelihood: to the right the terms the
 * group uses more than the rest, to the left those it uses less; colour repeats the direction.
 */
export function distinctiveBarOption(items: readonly DistinctiveTerm[], top: number, labels: DistinctiveBarLabels): ChartOption {
  const shown = items.slice(0, top);
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 36, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { dataIndex?: number } | undefined) : undefined;
        const item = shown[first?.dataIndex ?? 0];
        if (!item) return '';
        return [`${item.form} (${item.direction === 'over' ? labels.over : labels.under})`, `G² = ${item.logLikelihood.toFixed(2)}`, labels.counts(item)].map(escapeHtml).join('<br/>');
      },
    },
    xAxis: { type: 'value', name: labels.axis, nameLocation: 'middle', nameGap: 24, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'category', inverse: true, data: shown.map((item) => item.form), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: shown.map((item) => ({
          value: signedLogLikelihood(item),
          itemStyle: { color: item.direction === 'over' ? OVER : UNDER },
        })),
      },
    ],
  };
}

/** G² with the sign of the direction, rounded for display. */
export function signedLogLikelihood(term: Pick<DistinctiveTerm, 'logLikelihood' | 'direction'>): number {
  const rounded = Math.round(term.logLikelihood * 100) / 100;
  return term.direction === 'over' ? rounded : -rounded;
}
