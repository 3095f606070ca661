/**
 * The documented vocabulary of benchmark results: tasks, metrics with their units and ranges,
 * package metadata values. Import validation, the template, the criterion mapping and the web app
 * all read these lists, so a metric is added in exactly one place.
 */

export const BENCHMARK_TASKS = ['characterisation', 'molecular', 'infiltration', 'progression'] as const;
export type BenchmarkTask = (typeof BENCHMARK_TASKS)[number];

export interface MetricSpec {
  unit: 'proportion' | 'coefficient' | 'mm' | 's' | 'eur';
  /** Inclusive bounds a value (and its CI) must stay within; null = unbounded on that side. */
  min: number | null;
  max: number | null;
}

/** Metrics a benchmark row may report. Anything else is a row error, so typos never slip in. */
export const BENCHMARK_METRICS = {
  sensitivity: { unit: 'proportion', min: 0, max: 1 },
  specificity: { unit: 'proportion', min: 0, max: 1 },
  ppv: { unit: 'proportion', min: 0, max: 1 },
  npv: { unit: 'proportion', min: 0, max: 1 },
  balanced_accuracy: { unit: 'proportion', min: 0, max: 1 },
  auc: { unit: 'proportion', min: 0, max: 1 },
  dice: { unit: 'proportion', min: 0, max: 1 },
  // 95th percentile Hausdorff distance of a segmentation, in millimetres.
  hd95: { unit: 'mm', min: 0, max: null },
  // Agreement of the package's output with the readers (intraclass correlation).
  icc: { unit: 'coefficient', min: -1, max: 1 },
  kappa: { unit: 'coefficient', min: -1, max: 1 },
  processing_time_s: { unit: 's', min: 0, max: null },
  cost_per_case_eur: { unit: 'eur', min: 0, max: null },
} as const satisfies Record<string, MetricSpec>;
export type BenchmarkMetric = keyof typeof BENCHMARK_METRICS;
export const BENCHMARK_METRIC_NAMES = Object.keys(BENCHMARK_METRICS) as BenchmarkMetric[];

export function isBenchmarkMetric(value: string): value is BenchmarkMetric {
  return Object.hasOwn(BENCHMARK_METRICS, value);
}

/**
 * Metrics derived from a package's metadata rather than imported (see derived-metrics.ts); the
 * criterion mapping may use them beside the imported ones.
 */
export const DERIVED_METRICS = ['explainability_features', 'pacs_integration'] as const;
export type DerivedMetric = (typeof DERIVED_METRICS)[number];

/** The file columns, in template order. */
export const BENCHMARK_COLUMNS = ['package', 'package_version', 'task', 'center', 'dataset', 'metric', 'value', 'ci_low', 'ci_high', 'n'] as const;
export type BenchmarkColumn = (typeof BENCHMARK_COLUMNS)[number];

export const EXPLAINABILITY_FEATURES = ['saliency_maps', 'uncertainty', 'report'] as const;
export type ExplainabilityFeature = (typeof EXPLAINABILITY_FEATURES)[number];

export const INTEGRATIONS = ['pacs', 'standalone'] as const;
export type Integration = (typeof INTEGRATIONS)[number];

export const REGULATORY_STATUSES = ['unknown', 'in_development', 'research_use_only', 'ce_class_i', 'ce_class_iia', 'ce_class_iib', 'fda_cleared'] as const;
export type RegulatoryStatus = (typeof REGULATORY_STATUSES)[number];

export const CRITERIA = ['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Package keys: short, stable, URL-safe (they appear in paths and exports). */
export const PACKAGE_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
