import { quantileType7 } from '../surveys/quantile.js';
import type { Estimate, LinkingBenchmarkRow, MissingReason, ThresholdResponse } from './linking-types.js';

export type ThresholdVerdict = 'meets' | 'uncertain' | 'does_not_meet' | 'no_data';

export interface GroupThreshold {
  readonly group: string;
  readonly task: string;
  readonly metric: string;
  /** Participants who stated a threshold. */
  readonly n: number;
  /** Median of the stated lowest acceptable values; null when nobody stated one. */
  readonly threshold: number | null;
  /** Spread of the statements (first and third quartile), to show how much the group agrees. */
  readonly q1: number | null;
  readonly q3: number | null;
  readonly responseIds: readonly string[];
  readonly missing: MissingReason | null;
}

export interface PackageInterval {
  readonly packageId: string;
  readonly task: string;
  readonly metric: string;
  readonly estimate: Estimate | null;
  /** How the interval was obtained: one pooled row, or the n-weighted mean of per-center rows. */
  readonly basis: 'pooled' | 'center_mean' | null;
  readonly ciMissing: boolean;
  readonly rowIds: readonly string[];
}

export interface ThresholdCell {
  readonly group: string;
  readonly task: string;
  readonly metric: string;
  readonly packageId: string;
  readonly threshold: number | null;
  readonly interval: Estimate | null;
  readonly verdict: ThresholdVerdict;
  readonly responseIds: readonly string[];
  readonly rowIds: readonly string[];
}

/**
 * What each group demands: the median of the lowest acceptable values its members stated, per task
 * and metric. The median is the value the group's middle member asks for (half of the group would
 * accept less), robust against a few extreme statements; the quartiles show the spread.
 */
export function groupThresholds(
  responses: readonly ThresholdResponse[],
  groups: readonly string[],
  tasks: readonly string[],
  metrics: readonly string[],
): GroupThreshold[] {
  const out: GroupThreshold[] = [];
  for (const group of groups) {
    for (const task of tasks) {
      for (const metric of metrics) {
        const own = responses.filter((r) => r.group === group && r.task === task && r.metric === metric && Number.isFinite(r.value));
        const values = own.map((r) => r.value);
        const has = values.length > 0;
        out.push({
          group,
          task,
          metric,
          n: values.length,
          threshold: has ? quantileType7(values, 0.5) : null,
          q1: has ? quantileType7(values, 0.25) : null,
          q3: has ? quantileType7(values, 0.75) : null,
          responseIds: own.map((r) => r.responseId),
          missing: has ? null : 'no_thresholds',
        });
      }
    }
  }
  return out;
}

/**
 * A package's result for one task and metric: the pooled row (center null) when the benchmark has
 * one, otherwise the mean of the per-center rows weighted by their n (equal weights when n is
 * missing), bounds averaged the same way, which is wider than a pooled interval would be.
 */
export function packageInterval(rows: readonly LinkingBenchmarkRow[], packageId: string, task: string, metric: string): PackageInterval {
  const own = rows.filter((r) => r.packageId === packageId && r.task === task && r.metric === metric && Number.isFinite(r.value));
  if (own.length === 0) return { packageId, task, metric, estimate: null, basis: null, ciMissing: false, rowIds: [] };
  const pooled = own.find((r) => r.center === null);
  const used = pooled ? [pooled] : own;
  const weightOf = (r: LinkingBenchmarkRow) => (used.every((x) => x.n !== null && x.n > 0) ? (r.n as number) : 1);
  const total = used.reduce((sum, r) => sum + weightOf(r), 0);
  let value = 0;
  let low = 0;
  let high = 0;
  let ciMissing = false;
  for (const r of used) {
    const share = weightOf(r) / total;
    const hasCi = r.ciLow !== null && r.ciHigh !== null;
    if (!hasCi) ciMissing = true;
    value += share * r.value;
    low += share * (hasCi ? Math.min(r.ciLow, r.value) : r.value);
    high += share * (hasCi ? Math.max(r.ciHigh, r.value) : r.value);
  }
  return { packageId, task, metric, estimate: { value, low, high }, basis: pooled ? 'pooled' : 'center_mean', ciMissing, rowIds: used.map((r) => r.rowId) };
}

/** meets when the whole interval is at or above the threshold, does not meet when it lies wholly below. */
export function thresholdVerdict(threshold: number | null, interval: Estimate | null): ThresholdVerdict {
  if (threshold === null || interval === null) return 'no_data';
  if (interval.low >= threshold) return 'meets';
  if (interval.high < threshold) return 'does_not_meet';
  return 'uncertain';
}

/** Every group × task × metric × package: the group's threshold against the package's interval. */
export function thresholdMatrix(thresholds: readonly GroupThreshold[], rows: readonly LinkingBenchmarkRow[], packageIds: readonly string[]): ThresholdCell[] {
  const intervals = new Map<string, PackageInterval>();
  const intervalOf = (packageId: string, task: string, metric: string) => {
    const key = `${packageId}\u0000${task}\u0000${metric}`;
    let found = intervals.get(key);
    if (!found) intervals.set(key, (found = packageInterval(rows, packageId, task, metric)));
    return found;
  };
  return thresholds.flatMap((t) =>
    packageIds.map((packageId) => {
      const interval = intervalOf(packageId, t.task, t.metric);
      return {
        group: t.group,
        task: t.task,
        metric: t.metric,
        packageId,
        threshold: t.threshold,
        interval: interval.estimate,
        verdict: thresholdVerdict(t.threshold, interval.estimate),
        responseIds: t.responseIds,
        rowIds: interval.rowIds,
      };
    }),
  );
}
