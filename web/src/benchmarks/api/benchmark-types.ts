/** The API's benchmark shapes (see api/src/benchmarks/benchmark-views.ts). */
export const BENCHMARK_TASKS = ['characterisation', 'molecular', 'infiltration', 'progression'] as const;
export type BenchmarkTask = (typeof BENCHMARK_TASKS)[number];

export const CRITERIA = ['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const EXPLAINABILITY_FEATURES = ['saliency_maps', 'uncertainty', 'report'] as const;
export type ExplainabilityFeature = (typeof EXPLAINABILITY_FEATURES)[number];

export const INTEGRATIONS = ['pacs', 'standalone'] as const;
export type Integration = (typeof INTEGRATIONS)[number];

export const REGULATORY_STATUSES = ['unknown', 'in_development', 'research_use_only', 'ce_class_i', 'ce_class_iia', 'ce_class_iib', 'fda_cleared'] as const;
export type RegulatoryStatus = (typeof REGULATORY_STATUSES)[number];

export interface AiPackage {
  key: string;
  name: string;
  vendor: string;
  regulatoryStatus: RegulatoryStatus;
  explainabilityFeatures: ExplainabilityFeature[];
  integration: Integration[];
  synthetic: boolean;
  revision: number;
}

export interface BenchmarkResult {
  id: string;
  packageKey: string;
  packageVersion: string;
  task: BenchmarkTask;
  center: string;
  dataset: string;
  metric: string;
  value: number;
  ciLow: number;
  ciHigh: number;
  n: number;
}

export interface BoundedNormalisation {
  kind: 'bounded';
  worst: number;
  best: number;
}

export interface CriterionMetric {
  id: string;
  criterion: Criterion;
  metric: string;
  direction: 'higher' | 'lower';
  normalisation: BoundedNormalisation;
  weight: number;
  revision: number;
}

export interface MetricSpec {
  metric: string;
  unit: 'proportion' | 'coefficient' | 'mm' | 's' | 'eur';
  min: number | null;
  max: number | null;
}

export interface BenchmarkSchema {
  columns: string[];
  tasks: BenchmarkTask[];
  metrics: MetricSpec[];
  derivedMetrics: string[];
}

export interface BenchmarkProblem {
  code: string;
  row: number | null;
  column: string | null;
  params: Record<string, string | number>;
  message: string;
}

export interface BenchmarkNumbers {
  value: number;
  ciLow: number;
  ciHigh: number;
  n: number;
}

export interface BenchmarkPreview {
  fileName: string;
  sha256: string;
  format: 'csv' | 'xlsx' | 'json' | null;
  rowCount: number;
  problems: BenchmarkProblem[];
  problemCount: number;
  created: number;
  updated: number;
  unchanged: number;
  updates: { row: number; packageKey: string; packageVersion: string; task: string; center: string; dataset: string; metric: string; before: BenchmarkNumbers; after: BenchmarkNumbers }[];
  newPackages: string[];
  previousImport: { importedAt: string; importedBy: string | null; fileName: string } | null;
}

export interface BenchmarkImportResult {
  status: 'imported' | 'unchanged';
  importId: string | null;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  newPackages: string[];
}

export interface BenchmarkFile {
  fileName: string;
  contentBase64: string;
}

export interface BenchmarkFilters {
  package: string;
  task: string;
  center: string;
  metric: string;
}

export interface PackageChanges {
  revision: number;
  name: string;
  vendor: string;
  regulatoryStatus: RegulatoryStatus;
  explainabilityFeatures: ExplainabilityFeature[];
  integration: Integration[];
}

export interface CriterionMetricChanges {
  revision: number;
  direction: 'higher' | 'lower';
  normalisation: BoundedNormalisation;
  weight: number;
}
