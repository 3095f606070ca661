import { bootstrapInterval } from '../agreement/bootstrap-interval.js';
import type { CriterionMetric, Estimate, LinkingBenchmarkRow, MissingReason, TaskValueResponse } from './linking-types.js';
import { isUsableMapping, normaliseMetric } from './package-performance.js';

export interface GroupTaskValue {
  readonly group: string;
  readonly task: string;
  readonly n: number;
  /** Mean rating rescaled to 0–1 (scale minimum 0, maximum 1) with a percentile bootstrap interval. */
  readonly value: Estimate | null;
  readonly responseIds: readonly string[];
  readonly missing: MissingReason | null;
}

export interface TaskPerformance {
  readonly packageId: string;
  readonly task: string;
  /** Mean of the normalised metrics measured for this task; null when none of them is mapped. */
  readonly estimate: Estimate | null;
  readonly metrics: ReadonlyArray<{ readonly metric: string; readonly mean: number; readonly normalised: number | null; readonly rows: number }>;
  readonly rowIds: readonly string[];
}

/** How much each group values each imaging task: mean of the task ratings on a 0–1 scale. */
export function taskValues(
  responses: readonly TaskValueResponse[],
  groups: readonly string[],
  tasks: readonly string[],
  options: { readonly draws?: number; readonly seed?: number; readonly confidence?: number } = {},
): GroupTaskValue[] {
  const out: GroupTaskValue[] = [];
  groups.forEach((group, groupIndex) => {
    tasks.forEach((task, taskIndex) => {
      const own = responses.filter((r) => r.group === group && r.task === task && Number.isFinite(r.value) && r.scale.max > r.scale.min);
      const scaled = own.map((r) => (r.value - r.scale.min) / (r.scale.max - r.scale.min));
      if (scaled.length === 0) {
        out.push({ group, task, n: 0, value: null, responseIds: [], missing: 'no_responses' });
        return;
      }
      const mean = (values: ReadonlyArray<number>) => values.reduce((sum, v) => sum + v, 0) / values.length;
      const interval = bootstrapInterval(mean, scaled, {
        samples: options.draws ?? 2000,
        seed: (options.seed ?? 1) * 131 + groupIndex * 17 + taskIndex,
        confidence: options.confidence ?? 0.95,
      });
      out.push({ group, task, n: scaled.length, value: { value: interval.estimate, low: interval.low, high: interval.high }, responseIds: own.map((r) => r.responseId), missing: null });
    });
  });
  return out;
}

/**
 * Each package's benchmark result per task, on the criterion mapping's 0–1 scale: the mean over the
 * task's mapped metrics of their mean normalised value and bounds (a metric mapped to two criteria
 * uses its first mapping). Unmapped metrics are listed with their raw mean only.
 */
export function taskPerformance(
  rows: readonly LinkingBenchmarkRow[],
  mapping: readonly CriterionMetric[],
  packageIds: readonly string[],
  tasks: readonly string[],
): TaskPerformance[] {
  const usable = mapping.filter(isUsableMapping);
  const out: TaskPerformance[] = [];
  for (const packageId of packageIds) {
    for (const task of tasks) {
      const own = rows.filter((r) => r.packageId === packageId && r.task === task && Number.isFinite(r.value));
      const metricNames = [...new Set(own.map((r) => r.metric))].sort();
      const estimates: Estimate[] = [];
      const metrics = metricNames.map((metric) => {
        const ofMetric = own.filter((r) => r.metric === metric);
        const mean = ofMetric.reduce((sum, r) => sum + r.value, 0) / ofMetric.length;
        const entry = usable.find((m) => m.metric === metric);
        if (!entry) return { metric, mean, normalised: null, rows: ofMetric.length };
        let value = 0;
        let low = 0;
        let high = 0;
        for (const r of ofMetric) {
          const point = normaliseMetric(r.value, entry);
          const a = r.ciLow === null ? point : normaliseMetric(r.ciLow, entry);
          const b = r.ciHigh === null ? point : normaliseMetric(r.ciHigh, entry);
          value += point;
          low += Math.min(a, b, point);
          high += Math.max(a, b, point);
        }
        const count = ofMetric.length;
        estimates.push({ value: value / count, low: low / count, high: high / count });
        return { metric, mean, normalised: value / count, rows: count };
      });
      const average = (pick: (e: Estimate) => number) => estimates.reduce((sum, e) => sum + pick(e), 0) / estimates.length;
      out.push({
        packageId,
        task,
        estimate: estimates.length > 0 ? { value: average((e) => e.value), low: average((e) => e.low), high: average((e) => e.high) } : null,
        metrics,
        rowIds: own.map((r) => r.rowId),
      });
    }
  }
  return out;
}
