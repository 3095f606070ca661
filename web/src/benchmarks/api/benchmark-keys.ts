import type { BenchmarkFilters } from './benchmark-types';

export const benchmarkKeys = {
  all: ['benchmarks'] as const,
  schema: ['benchmarks', 'schema'] as const,
  packages: ['benchmarks', 'packages'] as const,
  results: ['benchmarks', 'results'] as const,
  resultList: (filters: BenchmarkFilters) => ['benchmarks', 'results', filters] as const,
  mapping: ['benchmarks', 'criterion-mapping'] as const,
};
