import { describe, expect, it } from 'vitest';
import type { JointDisplay, PinnedQuote, ThresholdCell } from '../api/joint-display';
import { barOffset, intervalBarsOption, rankProbabilityOption } from './findings-chart-options';
import { formatBalance, formatEstimate, formatNumber, formatPercent, NO_VALUE } from './format-findings';
import { jointDisplayRows, thresholdRows, verdictCounts } from './joint-display-rows';
import { benchmarkLink, codingLink, responseLink } from './source-links';

describe('format-findings', () => {
  it('formats estimates with their interval in the reader’s locale, and a dash when missing', () => {
    expect(formatEstimate({ value: 0.3123, low: 0.27, high: 0.351 }, 'en')).toBe('0.31 (0.27–0.35)');
    expect(formatEstimate({ value: 0.3123, low: 0.27, high: 0.351 }, 'de')).toBe('0,31 (0,27–0,35)');
    expect(formatEstimate(null, 'en')).toBe(NO_VALUE);
    expect(formatNumber(Number.NaN, 'en')).toBe(NO_VALUE);
    expect(formatPercent(0.5, 'nl')).toBe('50%');
    expect(formatBalance(0.25, 'en')).toBe('+0.25');
    expect(formatBalance(-0.5, 'it')).toBe('-0,50');
    expect(formatBalance(null, 'en')).toBe(NO_VALUE);
  });
});

describe('source-links', () => {
  it('links responses, passages and benchmark rows to the pages that show them', () => {
    expect(responseLink({ participantId: 'p 1' })).toBe('/participants/p%201');
    expect(codingLink({ transcriptId: 't1', start: 4, end: 9 })).toBe('/transcripts/t1#start=4&end=9');
    expect(benchmarkLink({ packageKey: 'atlas', task: 'progression', center: 'UKM', metric: 'sensitivity' })).toBe('/benchmarks?package=atlas&task=progression&center=UKM&metric=sensitivity');
    expect(benchmarkLink({ packageKey: 'atlas', task: null, center: null, metric: 'pacs_integration' })).toBe('/benchmarks?package=atlas&metric=pacs_integration');
  });
});

const quote = { id: 'q1', group: 'patient', criterion: 'cost' } as PinnedQuote;
const display: Pick<JointDisplay, 'criteria' | 'groups' | 'weights' | 'salience' | 'quotes' | 'performance' | 'packageIds'> = {
  criteria: ['accuracy', 'cost'],
  groups: ['patient', 'radiologist'],
  packageIds: ['A'],
  weights: [
    { group: 'patient', criteria: ['accuracy', 'cost'], respondents: 2, weights: [{ criterion: 'accuracy', estimate: { value: 0.6, low: 0.5, high: 0.7 } }, { criterion: 'cost', estimate: { value: 0.4, low: 0.3, high: 0.5 } }], responseIds: ['r1', 'r2'], excludedResponseIds: [], missing: null },
    { group: 'radiologist', criteria: ['accuracy', 'cost'], respondents: 0, weights: [{ criterion: 'accuracy', estimate: null }, { criterion: 'cost', estimate: null }], responseIds: [], excludedResponseIds: [], missing: 'no_responses' },
  ],
  salience: [],
  quotes: [quote],
  performance: [{ packageId: 'A', criterion: 'accuracy', estimate: { value: 0.8, low: 0.7, high: 0.9 }, metrics: [], rowIds: ['b1'], missing: null }],
};

describe(jointDisplayRows.name, () => {
  it('lays out criteria × groups with weights, quotes and performance, marking what is missing', () => {
    const rows = jointDisplayRows(display);
    expect(rows.map((r) => r.criterion)).toEqual(['accuracy', 'cost']);
    expect(rows[0]!.cells[0]).toMatchObject({ group: 'patient', weight: { value: 0.6 }, respondents: 2, responseIds: ['r1', 'r2'], quotes: [] });
    expect(rows[0]!.cells[1]).toMatchObject({ weight: null, weightMissing: 'no_responses', salience: null });
    expect(rows[1]!.cells[0]!.quotes).toEqual([quote]);
    expect(rows[0]!.performance).toEqual([{ packageId: 'A', estimate: { value: 0.8, low: 0.7, high: 0.9 }, missing: null, rowIds: ['b1'] }]);
    expect(rows[1]!.performance[0]).toMatchObject({ estimate: null, missing: 'no_rows' });
  });
});

describe(thresholdRows.name, () => {
  const cell = (packageId: string, verdict: ThresholdCell['verdict']): ThresholdCell => ({ group: 'radiologist', task: 'progression', metric: 'sensitivity', packageId, threshold: 0.85, interval: null, verdict, responseIds: ['r'], rowIds: [] });
  it('groups cells by task and metric with one verdict per package, and counts verdicts', () => {
    const cells = [cell('A', 'meets'), cell('B', 'uncertain')];
    expect(thresholdRows(cells, 'radiologist', ['A', 'B', 'C'])).toEqual([{ task: 'progression', metric: 'sensitivity', threshold: 0.85, responseIds: ['r'], cells: [cells[0], cells[1], null] }]);
    expect(thresholdRows(cells, 'patient', ['A'])).toEqual([]);
    expect(verdictCounts(cells)).toEqual({ meets: 1, uncertain: 1, does_not_meet: 0, no_data: 0 });
  });
});

describe(intervalBarsOption.name, () => {
  it('draws one bar series and one whisker series per group, without bars for missing values', () => {
    const option = intervalBarsOption(['Accuracy', 'Cost'], [{ name: 'Patients', values: [{ value: 0.6, low: 0.5, high: 0.7 }, null] }], { axis: 'Weight', max: 1 }) as { series: Array<{ type: string; data: unknown[] }> };
    expect(option.series.map((s) => s.type)).toEqual(['bar', 'custom']);
    expect(option.series[0]!.data).toEqual([0.6, null]);
    expect(option.series[1]!.data).toEqual([[0, 0.5, 0.7], [1, null, null]]);
  });

  it('puts whiskers on the centres of grouped bars', () => {
    expect(barOffset(0, 1)).toBeCloseTo(0, 12);
    expect(barOffset(0, 2)).toBeCloseTo(-0.175, 12);
    expect(barOffset(1, 2)).toBeCloseTo(0.175, 12);
  });
});

describe(rankProbabilityOption.name, () => {
  it('stacks one series per rank over the packages', () => {
    const option = rankProbabilityOption(['A', 'B'], [[0.7, 0.3], [0.3, 0.7]], (r) => `Rank ${r}`) as { series: Array<{ name: string; data: unknown[] }> };
    expect(option.series.map((s) => s.name)).toEqual(['Rank 1', 'Rank 2']);
    expect(option.series[0]!.data).toEqual([0.7, 0.3]);
  });
});
