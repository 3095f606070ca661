import type { BenchmarkMetric, BenchmarkTask, Criterion, DerivedMetric, ExplainabilityFeature, Integration, RegulatoryStatus } from './benchmark-schema.js';

export type { BenchmarkMetric, BenchmarkTask, Criterion, DerivedMetric, ExplainabilityFeature, Integration, RegulatoryStatus } from './benchmark-schema.js';

/** An AI package as the API shows it. */
export interface AiPackageView {
  key: string;
  name: string;
  vendor: string;
  regulatoryStatus: RegulatoryStatus;
  explainabilityFeatures: ExplainabilityFeature[];
  integration: Integration[];
  /** True for the demo's fictitious packages: their results are made up and must be labelled so. */
  synthetic: boolean;
  revision: number;
}

/** One benchmark number with its 95% confidence interval and sample size. */
export interface BenchmarkResultView {
  id: string;
  packageKey: string;
  packageVersion: string;
  task: BenchmarkTask;
  center: string;
  dataset: string;
  metric: BenchmarkMetric;
  value: number;
  ciLow: number;
  ciHigh: number;
  n: number;
}

/** value → (value − worst) / (best − worst), clipped to 0–1; worst > best when lower is better. */
export interface BoundedNormalisation {
  kind: 'bounded';
  worst: number;
  best: number;
}

/** Which metric speaks to which criterion, in which direction, normalised how, weighted how. */
export interface CriterionMetricView {
  id: string;
  criterion: Criterion;
  metric: BenchmarkMetric | DerivedMetric;
  direction: 'higher' | 'lower';
  normalisation: BoundedNormalisation;
  /** Relative weight within the criterion; consumers divide by the sum over the metrics they have. */
  weight: number;
  revision: number;
}

export interface BenchmarkImportView {
  id: string;
  fileName: string;
  sha256: string;
  rowCount: number;
  created: number;
  updated: number;
  importedBy: string | null;
  importedAt: string;
}
