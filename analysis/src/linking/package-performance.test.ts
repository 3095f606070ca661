import { describe, expect, it } from 'vitest';
import type { CriterionMetric, LinkingBenchmarkRow } from './linking-types.js';
import { isUsableMapping, normaliseMetric, packagePerformance } from './package-performance.js';

const auc: CriterionMetric = { criterion: 'accuracy', metric: 'auc', direction: 'higher', normalisation: { kind: 'bounded', worst: 0.5, best: 1 }, weight: 2 };
const sens: CriterionMetric = { criterion: 'accuracy', metric: 'sensitivity', direction: 'higher', normalisation: { kind: 'bounded', worst: 0.5, best: 1 }, weight: 1 };
const cost: CriterionMetric = { criterion: 'cost', metric: 'cost_per_case_eur', direction: 'lower', normalisation: { kind: 'bounded', worst: 200, best: 0 }, weight: 1 };
let id = 0;
const row = (packageId: string, metric: string, value: number, ciLow: number | null, ciHigh: number | null): LinkingBenchmarkRow => ({
  rowId: `r${++id}`,
  packageId,
  task: 'characterisation',
  center: null,
  metric,
  value,
  ciLow,
  ciHigh,
  n: 100,
});

describe(normaliseMetric.name, () => {
  it.each([
    ['higher is better, inside', 0.9, auc, 0.8],
    ['higher is better, below worst clamps to 0', 0.4, auc, 0],
    ['higher is better, above best clamps to 1', 1.2, auc, 1],
    ['lower is better', 50, cost, 0.75],
    ['lower is better, free', 0, cost, 1],
    ['lower is better, too dear', 500, cost, 0],
  ])('%s', (_name, value, mapping, expected) => {
    expect(normaliseMetric(value, mapping)).toBeCloseTo(expected, 12);
  });
});

describe(isUsableMapping.name, () => {
  it('rejects bounds that contradict the direction, equal bounds and non-positive weights', () => {
    expect(isUsableMapping(auc)).toBe(true);
    expect(isUsableMapping(cost)).toBe(true);
    expect(isUsableMapping({ ...auc, direction: 'lower' })).toBe(false);
    expect(isUsableMapping({ ...auc, normalisation: { kind: 'bounded', worst: 1, best: 1 } })).toBe(false);
    expect(isUsableMapping({ ...auc, weight: 0 })).toBe(false);
  });
});

describe(packagePerformance.name, () => {
  it('normalises, swaps bounds of lower-is-better metrics and combines metrics by weight', () => {
    const rows = [row('A', 'auc', 0.9, 0.8, 1), row('A', 'sensitivity', 0.8, 0.7, 0.9), row('A', 'cost_per_case_eur', 50, 20, 100), row('A', 'dice', 0.8, 0.7, 0.9)];
    const cells = packagePerformance(rows, [auc, sens, cost], ['A'], ['accuracy', 'cost', 'interpretation']);
    // accuracy: auc 0.8 [0.6, 1] weight 2, sensitivity 0.6 [0.4, 0.8] weight 1
    expect(cells[0].estimate?.value).toBeCloseTo((2 * 0.8 + 0.6) / 3, 12);
    expect(cells[0].estimate?.low).toBeCloseTo((2 * 0.6 + 0.4) / 3, 12);
    expect(cells[0].estimate?.high).toBeCloseTo((2 * 1 + 0.8) / 3, 12);
    expect(cells[0].rowIds).toHaveLength(2);
    // cost: 50 → 0.75, CI 20..100 → 0.9..0.5, swapped to [0.5, 0.9]
    expect(cells[1].estimate).toEqual({ value: 0.75, low: 0.5, high: 0.9 });
    expect(cells[2]).toMatchObject({ estimate: null, missing: 'no_metrics' });
  });

  it('averages a metric over tasks and centers, and treats a row without CI as a point', () => {
    const rows = [row('A', 'auc', 0.9, 0.8, 1), row('A', 'auc', 0.7, null, null)];
    const [cell] = packagePerformance(rows, [auc], ['A'], ['accuracy']);
    expect(cell.estimate?.value).toBeCloseTo(0.6, 12);
    expect(cell.estimate?.low).toBeCloseTo((0.6 + 0.4) / 2, 12);
    expect(cell.estimate?.high).toBeCloseTo((1 + 0.4) / 2, 12);
    expect(cell.metrics[0].ciMissing).toBe(true);
  });

  it('says no_rows when the criterion has metrics but the package was not measured on them', () => {
    const [cell] = packagePerformance([row('B', 'auc', 0.9, 0.8, 1)], [auc], ['A'], ['accuracy']);
    expect(cell).toMatchObject({ packageId: 'A', estimate: null, missing: 'no_rows' });
  });
});
