import type { AiPackage } from './ai-package.entity.js';
import type { BenchmarkImport } from './benchmark-import.entity.js';
import type { BenchmarkResult } from './benchmark-result.entity.js';
import type { AiPackageView, BenchmarkImportView, BenchmarkResultView, CriterionMetricView } from './benchmark-views.js';
import type { CriterionMetric } from './criterion-metric.entity.js';

export function toPackageView(pkg: AiPackage): AiPackageView {
  return {
    key: pkg.key,
    name: pkg.name,
    vendor: pkg.vendor,
    regulatoryStatus: pkg.regulatoryStatus,
    explainabilityFeatures: [...pkg.explainabilityFeatures],
    integration: [...pkg.integration],
    synthetic: pkg.synthetic,
    revision: pkg.revision,
  };
}

// double precision and integer columns arrive as numbers from both drivers; Number() guards the rest.
export function toResultView(row: BenchmarkResult): BenchmarkResultView {
  return {
    id: row.id,
    packageKey: row.packageKey,
    packageVersion: row.packageVersion,
    task: row.task,
    center: row.centerCode,
    dataset: row.dataset,
    metric: row.metric,
    value: Number(row.value),
    ciLow: Number(row.ciLow),
    ciHigh: Number(row.ciHigh),
    n: Number(row.n),
  };
}

export function toCriterionMetricView(row: CriterionMetric): CriterionMetricView {
  return {
    id: row.id,
    criterion: row.criterion,
    metric: row.metric,
    direction: row.direction,
    normalisation: { kind: 'bounded', worst: Number(row.normalisation.worst), best: Number(row.normalisation.best) },
    weight: Number(row.weight),
    revision: row.revision,
  };
}

export function toImportView(row: BenchmarkImport): BenchmarkImportView {
  return {
    id: row.id,
    fileName: row.fileName,
    sha256: row.sha256,
    rowCount: row.rowCount,
    created: row.created,
    updated: row.updated,
    importedBy: row.actorEmail,
    importedAt: row.importedAt.toISOString(),
  };
}
