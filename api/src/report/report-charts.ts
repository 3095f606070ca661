import * as echarts from 'echarts';
import type { Estimate } from '@polyphony/analysis';
import type { JointDisplay } from '../linking/linking.service.js';
import type { reportLabels } from './report-content.js';

export interface ReportChart {
  id: string;
  title: string;
  description: string;
  svg: string;
  width: number;
  height: number;
}

type Labels = ReturnType<typeof reportLabels>;

const WIDTH = 720;
// A palette that stays apart in greyscale print and for common colour-vision deficiencies (Okabe–Ito).
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const FONT = 'Noto Sans, Helvetica, Arial, sans-serif';

/** Renders an ECharts option to a standalone SVG on the server (no DOM: ECharts' SSR mode). */
export function renderChartSvg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

interface IntervalSeries {
  name: string;
  values: Array<Estimate | null>;
}

/**
 * Grouped bars with interval whiskers: ECharts has no error bars, so each series gets a custom
 * series drawing its whiskers at the same offset as its bar (bars fill 80% of a category, no gap).
 */
function intervalBars(categories: string[], series: IntervalSeries[], axisName: string, max?: number): echarts.EChartsCoreOption {
  const count = series.length;
  return {
    legend: { top: 0, type: 'plain' },
    grid: { left: 56, right: 16, top: 40 + 18 * Math.floor(count / 5), bottom: 72, containLabel: false },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, width: Math.max(60, (WIDTH - 80) / Math.max(categories.length, 1) - 8), overflow: 'break' } },
    yAxis: { type: 'value', name: axisName, min: 0, ...(max === undefined ? {} : { max }) },
    series: series.flatMap((s, index) => [
      { type: 'bar', name: s.name, barGap: '0%', barCategoryGap: '20%', data: s.values.map((v) => (v ? v.value : null)) },
      {
        type: 'custom',
        name: s.name,
        silent: true,
        z: 10,
        data: s.values.map((v, category) => (v ? [category, v.low, v.high] : [category, null, null])),
        renderItem: (_params: unknown, api: CustomApi) => {
          const low = api.value(1);
          const high = api.value(2);
          if (typeof low !== 'number' || typeof high !== 'number' || Number.isNaN(low) || Number.isNaN(high)) return null;
          const band = api.size([1, 0])[0];
          const offset = -0.4 * band + (index + 0.5) * ((0.8 * band) / count);
          const top = api.coord([api.value(0), high]);
          const bottom = api.coord([api.value(0), low]);
          const x = top[0] + offset;
          const cap = Math.min(6, (0.8 * band) / count / 3);
          const style = { stroke: '#333', lineWidth: 1.2 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: x, y1: top[1], x2: x, y2: bottom[1] }, style },
              { type: 'line', shape: { x1: x - cap, y1: top[1], x2: x + cap, y2: top[1] }, style },
              { type: 'line', shape: { x1: x - cap, y1: bottom[1], x2: x + cap, y2: bottom[1] }, style },
            ],
          };
        },
      },
    ]),
  };
}

interface CustomApi {
  value(dimension: number): number | string;
  coord(point: Array<number | string>): number[];
  size(point: number[]): number[];
}

/** The report's charts: weights, scores, rank probabilities per group and task value. */
export function reportCharts(display: JointDisplay, labels: Labels): ReportChart[] {
  const { t } = labels;
  const charts: ReportChart[] = [];
  const add = (id: string, title: string, description: string, option: echarts.EChartsCoreOption, height: number) =>
    charts.push({ id, title, description, svg: renderChartSvg(option, WIDTH, height), width: WIDTH, height });

  const weightGroups = display.weights.filter((w) => !w.missing);
  if (weightGroups.length) {
    add(
      'weights',
      t('findings:charts.weightsTitle'),
      t('findings:charts.weightsDescription'),
      intervalBars(
        display.criteria.map(labels.criterion),
        weightGroups.map((w) => ({ name: labels.group(w.group), values: display.criteria.map((c) => w.weights.find((x) => x.criterion === c)?.estimate ?? null) })),
        t('findings:charts.weightAxis'),
      ),
      340,
    );
  }

  const scoreGroups = display.scores.filter((s) => !s.missing);
  if (scoreGroups.length) {
    add(
      'scores',
      t('findings:charts.scoresTitle'),
      t('findings:charts.scoresDescription'),
      intervalBars(
        display.packageIds.map(labels.pkg),
        scoreGroups.map((s) => ({ name: labels.group(s.group), values: display.packageIds.map((p) => s.packages.find((x) => x.packageId === p)?.score ?? null) })),
        t('findings:charts.scoreAxis'),
        1,
      ),
      320,
    );
    for (const scores of scoreGroups) {
      const ranks = display.packageIds.map((_, rank) => rank);
      add(
        `ranks-${scores.group}`,
        t('findings:charts.ranksTitle', { group: labels.group(scores.group) }),
        t('findings:charts.ranksDescription'),
        {
          legend: { top: 0 },
          grid: { left: 140, right: 24, top: 36, bottom: 32 },
          xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (value: number) => `${Math.round(value * 100)}%` } },
          yAxis: { type: 'category', inverse: true, data: display.packageIds.map(labels.pkg), axisLabel: { width: 130, overflow: 'truncate' } },
          series: ranks.map((rank) => ({
            type: 'bar',
            stack: 'ranks',
            name: t('findings:charts.rank', { rank: rank + 1 }),
            data: display.packageIds.map((p) => scores.packages.find((x) => x.packageId === p)?.rankProbabilities?.[rank] ?? 0),
          })),
        },
        60 + 34 * display.packageIds.length,
      );
    }
  }

  if (display.taskValues.some((v) => v.value)) {
    add(
      'taskValue',
      t('findings:charts.taskValueTitle'),
      t('findings:charts.taskValueDescription'),
      intervalBars(
        display.tasks.map(labels.task),
        display.groups
          .filter((g) => display.taskValues.some((v) => v.group === g && v.value))
          .map((g) => ({ name: labels.group(g), values: display.tasks.map((k) => display.taskValues.find((v) => v.group === g && v.task === k)?.value ?? null) })),
        t('findings:charts.valueAxis'),
        1,
      ),
      320,
    );
  }
  return charts;
}
