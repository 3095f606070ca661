import { describe, expect, it } from 'vitest';
import type { CriterionMetric, LinkingBenchmarkRow, TaskValueResponse } from './linking-types.js';
import { taskPerformance, taskValues } from './task-value.js';

const value = (id: string, group: string, task: string, v: number): TaskValueResponse => ({ responseId: id, participantId: id, group, task, value: v, scale: { min: 1, max: 5 } });
const dice: CriterionMetric = { criterion: 'accuracy', metric: 'dice', direction: 'higher', normalisation: { kind: 'bounded', worst: 0, best: 1 }, weight: 1 };
const row = (rowId: string, metric: string, v: number, lo: number | null, hi: number | null): LinkingBenchmarkRow => ({ rowId, packageId: 'A', task: 'infiltration', center: 'UKM', metric, value: v, ciLow: lo, ciHigh: hi, n: 40 });

describe(taskValues.name, () => {
  it('rescales ratings to 0–1 and averages them per group and task', () => {
    const cells = taskValues([value('1', 'neurosurgeon', 'infiltration', 5), value('2', 'neurosurgeon', 'infiltration', 4), value('3', 'neurosurgeon', 'characterisation', 2)], ['neurosurgeon', 'patient'], ['infiltration', 'characterisation'], { draws: 200 });
    expect(cells[0]).toMatchObject({ n: 2, responseIds: ['1', '2'], missing: null });
    expect(cells[0].value?.value).toBeCloseTo(0.875, 12);
    expect(cells[0].value?.low).toBeGreaterThanOrEqual(0.75);
    expect(cells[0].value?.high).toBeLessThanOrEqual(1);
    expect(cells[1].value).toEqual({ value: 0.25, low: 0.25, high: 0.25 });
    expect(cells[2]).toMatchObject({ n: 0, value: null, missing: 'no_responses' });
  });
});

describe(taskPerformance.name, () => {
  it('averages the mapped metrics of a task and lists unmapped ones raw', () => {
    const [cell] = taskPerformance([row('r1', 'dice', 0.8, 0.7, 0.9), row('r2', 'dice', 0.6, null, null), row('r3', 'hd95', 7, 5, 9)], [dice], ['A'], ['infiltration']);
    expect(cell.estimate?.value).toBeCloseTo(0.7, 12);
    expect(cell.estimate?.low).toBeCloseTo(0.65, 12);
    expect(cell.estimate?.high).toBeCloseTo(0.75, 12);
    expect(cell.metrics).toEqual([
      { metric: 'dice', mean: 0.7, normalised: 0.7, rows: 2 },
      { metric: 'hd95', mean: 7, normalised: null, rows: 1 },
    ]);
    expect(cell.rowIds).toEqual(['r1', 'r2', 'r3']);
  });
});
