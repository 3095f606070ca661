import type { ChartOption } from '../../../charts/utils/echarts';
import type { WordFrequency } from '../api/text-analysis';
import { displayForm } from './display-form';
import { escapeHtml } from './escape-html';

export interface FrequencyBarLabels {
  /** Axis name, e.g. "Occurrences". */
  count: string;
  /** Tooltip line for the stem, e.g. "Stem: comput". */
  stem: (term: string) => string;
}

/** Horizontal bars of the most frequent terms, largest on top, labelled with their usual word form. */
export function frequencyBarOption(items: readonly WordFrequency[], top: number, labels: FrequencyBarLabels): ChartOption {
  const shown = items.slice(0, top);
  return {
    color: ['#4e79a7'],
    grid: { left: 8, right: 32, top: 8, bottom: 36, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { dataIndex?: number } | undefined) : undefined;
        const item = shown[first?.dataIndex ?? 0];
        if (!item) return '';
        return [`${displayForm(item)}: ${item.count}`, labels.stem(item.term)].map(escapeHtml).join('<br/>');
      },
    },
    xAxis: { type: 'value', name: labels.count, nameLocation: 'middle', nameGap: 24, minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'category', inverse: true, data: shown.map(displayForm), axisTick: { show: false } },
    series: [{ type: 'bar', barMaxWidth: 16, data: shown.map((item) => item.count), label: { show: true, position: 'right' } }],
  };
}

/** Room for every bar's label. */
export function frequencyBarHeight(bars: number): number {
  return Math.max(160, Math.min(900, 60 + bars * 22));
}
