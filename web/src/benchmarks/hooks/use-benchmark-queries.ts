import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { benchmarkKeys } from '../api/benchmark-keys';
import type { BenchmarkFilters } from '../api/benchmark-types';
import { benchmarksApi } from '../api/benchmarks-api';

export function useBenchmarkSchema() {
  return useQuery({ queryKey: benchmarkKeys.schema, queryFn: benchmarksApi.schema, staleTime: Infinity });
}

export function useBenchmarkPackages() {
  return useQuery({ queryKey: benchmarkKeys.packages, queryFn: benchmarksApi.packages });
}

export function useBenchmarkResults(filters: BenchmarkFilters) {
  return useQuery({ queryKey: benchmarkKeys.resultList(filters), queryFn: () => benchmarksApi.results(filters), placeholderData: keepPreviousData });
}

export function useCriterionMapping() {
  return useQuery({ queryKey: benchmarkKeys.mapping, queryFn: benchmarksApi.mapping });
}
