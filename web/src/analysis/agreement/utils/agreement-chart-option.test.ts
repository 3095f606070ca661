import { describe, expect, it } from 'vitest';
import { agreementChartHeight, agreementChartOption } from './agreement-chart-option';

const bars = [
  { label: 'Bedingungen für Akzeptanz: Der Mensch entscheidet', value: 0.82, low: 0.7, high: 0.9 },
  { label: 'Kosten', value: -0.12, low: -0.35, high: 0.1 },
  { label: 'Zu teuer', value: null, low: null, high: null },
];

describe(agreementChartOption.name, () => {
  const option = agreementChartOption(bars, { statistic: 'Cohens Kappa', interval: '95-%-Konfidenzintervall' }) as {
    yAxis: { data: string[]; axisLabel: { overflow: string; width: number } };
    xAxis: { min: number; max: number };
    series: Array<{ type: string; data: unknown[]; name: string }>;
  };

  it('draws one bar per code with the code names wrapping on the category axis', () => {
    expect(option.yAxis.data).toEqual(bars.map((bar) => bar.label));
    expect(option.yAxis.axisLabel.overflow).toBe('break');
    expect(option.series[0]).toMatchObject({ type: 'bar', name: 'Cohens Kappa', data: [0.82, -0.12, null] });
  });

  it('adds the intervals as whiskers, none where there is no interval', () => {
    expect(option.series[1]).toMatchObject({ type: 'custom', name: '95-%-Konfidenzintervall' });
    expect(option.series[1]!.data).toEqual([
      [0.7, 0.9, 0],
      [-0.35, 0.1, 1],
      [null, null, 2],
    ]);
  });

  it('scales from the lowest bound (rounded down to a tenth) to 1', () => {
    expect(option.xAxis).toMatchObject({ min: -0.4, max: 1 });
    const positive = agreementChartOption([bars[0]!], { statistic: 'κ', interval: 'CI' }) as { xAxis: { min: number } };
    expect(positive.xAxis.min).toBe(0);
  });

  it('gives every bar room', () => {
    expect(agreementChartHeight(30)).toBeGreaterThan(agreementChartHeight(5));
    expect(agreementChartHeight(0)).toBe(160);
  });
});
