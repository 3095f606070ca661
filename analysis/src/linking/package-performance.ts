import type { CriterionMetric, Estimate, LinkingBenchmarkRow, MissingReason } from './linking-types.js';

export interface MetricPerformance {
  readonly metric: string;
  readonly weight: number;
  /** Mean over the package's rows of this metric (tasks, centers) of the normalised value and CI bounds. */
  readonly estimate: Estimate;
  /** Some rows had no CI; their interval was taken as the point. */
  readonly ciMissing: boolean;
  readonly rowIds: readonly string[];
}

export interface CriterionPerformance {
  readonly packageId: string;
  readonly criterion: string;
  /** 0 = worst, 1 = best by the mapping; null when nothing measured this criterion for this package. */
  readonly estimate: Estimate | null;
  readonly metrics: readonly MetricPerformance[];
  readonly rowIds: readonly string[];
  readonly missing: MissingReason | null;
}

/**
 * A metric value on the 0–1 scale of its mapping: `worst` ↦ 0, `best` ↦ 1, linear between and
 * clamped outside. Because worst and best say which end is good, the same formula serves
 * higher-is-better (AUC, worst 0.5, best 1) and lower-is-better metrics (cost, worst 500, best 0).
 */
export function normaliseMetric(value: number, mapping: Pick<CriterionMetric, 'normalisation'>): number {
  const { worst, best } = mapping.normalisation;
  const scaled = (value - worst) / (best - worst);
  return Math.min(1, Math.max(0, scaled));
}

/** A mapping entry that can be applied: distinct bounds pointing the stated way, a positive weight. */
export function isUsableMapping(mapping: CriterionMetric): boolean {
  const { worst, best } = mapping.normalisation;
  if (!Number.isFinite(worst) || !Number.isFinite(best) || worst === best) return false;
  if (!(mapping.weight > 0)) return false;
  return mapping.direction === 'higher' ? best > worst : best < worst;
}

/**
 * Each package's performance per criterion. Every row of a mapped metric is normalised (value and
 * both CI bounds; for lower-is-better metrics the bounds swap places), averaged over the package's
 * rows of that metric, and the metrics of a criterion are combined by their mapping weights
 * (renormalised over the metrics the package has). Averaging the bounds treats the metrics as fully
 * correlated, which gives an interval at least as wide as the truth: conservative on purpose.
 */
export function packagePerformance(
  rows: readonly LinkingBenchmarkRow[],
  mapping: readonly CriterionMetric[],
  packageIds: readonly string[],
  criteria: readonly string[],
): CriterionPerformance[] {
  const usable = mapping.filter(isUsableMapping);
  const byPackageMetric = new Map<string, LinkingBenchmarkRow[]>();
  for (const row of rows) {
    if (!Number.isFinite(row.value)) continue;
    const key = `${row.packageId}\u0000${row.metric}`;
    const list = byPackageMetric.get(key);
    if (list) list.push(row);
    else byPackageMetric.set(key, [row]);
  }
  const result: CriterionPerformance[] = [];
  for (const packageId of packageIds) {
    for (const criterion of criteria) {
      const entries = usable.filter((m) => m.criterion === criterion);
      if (entries.length === 0) {
        result.push({ packageId, criterion, estimate: null, metrics: [], rowIds: [], missing: 'no_metrics' });
        continue;
      }
      const metrics: MetricPerformance[] = [];
      for (const entry of entries) {
        const own = byPackageMetric.get(`${packageId}\u0000${entry.metric}`) ?? [];
        if (own.length === 0) continue;
        let value = 0;
        let low = 0;
        let high = 0;
        let ciMissing = false;
        for (const row of own) {
          const point = normaliseMetric(row.value, entry);
          const hasCi = row.ciLow !== null && row.ciHigh !== null && Number.isFinite(row.ciLow) && Number.isFinite(row.ciHigh);
          if (!hasCi) ciMissing = true;
          const a = hasCi ? normaliseMetric(row.ciLow, entry) : point;
          const b = hasCi ? normaliseMetric(row.ciHigh, entry) : point;
          value += point;
          low += Math.min(a, b, point);
          high += Math.max(a, b, point);
        }
        metrics.push({
          metric: entry.metric,
          weight: entry.weight,
          estimate: { value: value / own.length, low: low / own.length, high: high / own.length },
          ciMissing,
          rowIds: own.map((row) => row.rowId),
        });
      }
      if (metrics.length === 0) {
        result.push({ packageId, criterion, estimate: null, metrics: [], rowIds: [], missing: 'no_rows' });
        continue;
      }
      const total = metrics.reduce((sum, m) => sum + m.weight, 0);
      const combine = (pick: (e: Estimate) => number) => metrics.reduce((sum, m) => sum + (m.weight / total) * pick(m.estimate), 0);
      result.push({
        packageId,
        criterion,
        estimate: { value: combine((e) => e.value), low: combine((e) => e.low), high: combine((e) => e.high) },
        metrics,
        rowIds: metrics.flatMap((m) => m.rowIds),
        missing: null,
      });
    }
  }
  return result;
}
