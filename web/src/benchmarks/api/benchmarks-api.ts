import { apiClient } from '../../api/api-client';
import { queryString } from '../../api/query-string';
import type {
  AiPackage,
  BenchmarkFile,
  BenchmarkFilters,
  BenchmarkImportResult,
  BenchmarkPreview,
  BenchmarkResult,
  BenchmarkSchema,
  CriterionMetric,
  CriterionMetricChanges,
  PackageChanges,
} from './benchmark-types';

export const benchmarksApi = {
  schema: () => apiClient.get<BenchmarkSchema>('/api/benchmarks/schema'),
  packages: () => apiClient.get<{ items: AiPackage[] }>('/api/benchmarks/packages').then((body) => body.items),
  results: (filters: BenchmarkFilters) => apiClient.get<{ items: BenchmarkResult[] }>(`/api/benchmarks/results${queryString({ ...filters })}`).then((body) => body.items),
  /** Checks a file and says what importing it would change; stores nothing. */
  preview: (file: BenchmarkFile) => apiClient.post<BenchmarkPreview>('/api/benchmarks/imports/preview', file),
  import: (file: BenchmarkFile) => apiClient.post<BenchmarkImportResult>('/api/benchmarks/imports', file),
  updatePackage: (key: string, changes: PackageChanges) => apiClient.patch<AiPackage>(`/api/benchmarks/packages/${encodeURIComponent(key)}`, changes),
  mapping: () => apiClient.get<{ items: CriterionMetric[] }>('/api/benchmarks/criterion-mapping').then((body) => body.items),
  updateCriterionMetric: (id: string, changes: CriterionMetricChanges) => apiClient.patch<CriterionMetric>(`/api/benchmarks/criterion-mapping/${encodeURIComponent(id)}`, changes),
};

/** Plain links: the browser downloads the file with the session cookie. */
export const templateUrl = (format: 'csv' | 'xlsx') => `/api/benchmarks/template?format=${format}`;
