import { describe, expect, it } from 'vitest';
import { groupThresholds, packageInterval, thresholdMatrix, thresholdVerdict } from './acceptance-thresholds.js';
import type { LinkingBenchmarkRow, ThresholdResponse } from './linking-types.js';

const stated = (id: string, group: string, value: number, metric = 'sensitivity'): ThresholdResponse => ({ responseId: id, participantId: id, group, task: 'progression', metric, value });
let next = 0;
const row = (packageId: string, center: string | null, value: number, ciLow: number | null, ciHigh: number | null, n: number | null = 100): LinkingBenchmarkRow => ({
  rowId: `r${++next}`,
  packageId,
  task: 'progression',
  center,
  metric: 'sensitivity',
  value,
  ciLow,
  ciHigh,
  n,
});

describe(thresholdVerdict.name, () => {
  it.each([
    ['interval wholly above', 0.8, { value: 0.9, low: 0.85, high: 0.95 }, 'meets'],
    ['lower bound exactly at the threshold', 0.85, { value: 0.9, low: 0.85, high: 0.95 }, 'meets'],
    ['interval straddles', 0.9, { value: 0.9, low: 0.85, high: 0.95 }, 'uncertain'],
    ['upper bound exactly at the threshold', 0.95, { value: 0.9, low: 0.85, high: 0.95 }, 'uncertain'],
    ['interval wholly below', 0.96, { value: 0.9, low: 0.85, high: 0.95 }, 'does_not_meet'],
    ['no threshold', null, { value: 0.9, low: 0.85, high: 0.95 }, 'no_data'],
    ['no result', 0.9, null, 'no_data'],
  ] as const)('%s', (_name, threshold, interval, verdict) => {
    expect(thresholdVerdict(threshold, interval)).toBe(verdict);
  });
});

describe(groupThresholds.name, () => {
  it('takes the median and quartiles of the stated thresholds per group', () => {
    const responses = [stated('1', 'radiologist', 0.8), stated('2', 'radiologist', 0.9), stated('3', 'radiologist', 0.95), stated('4', 'radiologist', 0.85), stated('5', 'neurologist', 0.7)];
    const [radiologists, neurologists, surgeons] = groupThresholds(responses, ['radiologist', 'neurologist', 'neurosurgeon'], ['progression'], ['sensitivity']);
    expect(radiologists).toMatchObject({ n: 4, threshold: 0.875, q1: 0.8375, q3: 0.9125, responseIds: ['1', '2', '3', '4'], missing: null });
    expect(radiologists.threshold).toBeCloseTo(0.875, 12);
    expect(neurologists).toMatchObject({ n: 1, threshold: 0.7, q1: 0.7, q3: 0.7 });
    expect(surgeons).toMatchObject({ n: 0, threshold: null, missing: 'no_thresholds' });
  });
});

describe(packageInterval.name, () => {
  it('prefers the pooled row', () => {
    const rows = [row('A', 'UKM', 0.7, 0.6, 0.8), row('A', null, 0.82, 0.78, 0.86)];
    expect(packageInterval(rows, 'A', 'progression', 'sensitivity')).toMatchObject({ estimate: { value: 0.82, low: 0.78, high: 0.86 }, basis: 'pooled', rowIds: [rows[1].rowId] });
  });

  it('weights per-center rows by n without a pooled row', () => {
    const rows = [row('A', 'UKM', 0.8, 0.7, 0.9, 100), row('A', 'RUMC', 0.6, 0.4, 0.8, 300)];
    const interval = packageInterval(rows, 'A', 'progression', 'sensitivity');
    expect(interval.basis).toBe('center_mean');
    expect(interval.estimate?.value).toBeCloseTo(0.65, 12);
    expect(interval.estimate?.low).toBeCloseTo(0.475, 12);
    expect(interval.estimate?.high).toBeCloseTo(0.825, 12);
  });

  it('has no estimate without rows', () => {
    expect(packageInterval([], 'A', 'progression', 'sensitivity')).toMatchObject({ estimate: null, basis: null, rowIds: [] });
  });
});

describe(thresholdMatrix.name, () => {
  it('crosses every group threshold with every package', () => {
    const thresholds = groupThresholds([stated('1', 'radiologist', 0.85)], ['radiologist'], ['progression'], ['sensitivity']);
    const rows = [row('A', null, 0.9, 0.86, 0.94), row('B', null, 0.85, 0.8, 0.9), row('C', null, 0.7, 0.6, 0.8)];
    const cells = thresholdMatrix(thresholds, rows, ['A', 'B', 'C', 'D']);
    expect(cells.map((c) => c.verdict)).toEqual(['meets', 'uncertain', 'does_not_meet', 'no_data']);
    expect(cells[0]).toMatchObject({ threshold: 0.85, responseIds: ['1'], rowIds: [rows[0].rowId] });
  });
});
