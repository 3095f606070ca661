import { describe, expect, it } from 'vitest';
import { groupedBarHeight, groupedBarOption } from './grouped-bar-option';

describe('groupedBarOption', () => {
  const option = groupedBarOption({
    categories: ['Talk with the doctor', 'Leaflet'],
    series: [
      { name: 'Patients', values: [90, 33.333] },
      { name: 'Radiologists', values: [null, 50] },
    ],
    formatValue: (v) => `${v} %`,
    min: 0,
    max: 100,
  });

  it('draws one bar per group and category, rounded, keeping gaps', () => {
    const series = option.series as Array<{ name: string; data: Array<number | null> }>;
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Patients', [90, 33.33]],
      ['Radiologists', [null, 50]],
    ]);
    expect(option.xAxis).toMatchObject({ type: 'value', min: 0, max: 100 });
    expect((option.yAxis as { data: string[] }).data).toEqual(['Talk with the doctor', 'Leaflet']);
  });

  it('shows a legend only when there is more than one group, and a dash for a missing value', () => {
    expect(option.legend).toMatchObject({ data: ['Patients', 'Radiologists'] });
    const single = groupedBarOption({ categories: ['a'], series: [{ name: 'All', values: [1] }], formatValue: String });
    expect(single.legend).toEqual({ show: false });
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 0 }])).toBe('Talk with the doctor<br/>Patients: 90 %<br/>Radiologists: –');
  });

  it('grows with categories and groups, within bounds', () => {
    expect(groupedBarHeight(2, 1)).toBe(136);
    expect(groupedBarHeight(8, 5)).toBeGreaterThan(groupedBarHeight(8, 1));
    expect(groupedBarHeight(500, 5)).toBe(1400);
  });
});
