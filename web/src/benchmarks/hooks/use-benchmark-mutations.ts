import { useMutation, useQueryClient } from '@tanstack/react-query';
import { benchmarkKeys } from '../api/benchmark-keys';
import type { CriterionMetricChanges, PackageChanges } from '../api/benchmark-types';
import { benchmarksApi } from '../api/benchmarks-api';

export function usePreviewBenchmarkImport() {
  return useMutation({ mutationFn: benchmarksApi.preview });
}

export function useImportBenchmarks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: benchmarksApi.import,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: benchmarkKeys.all }),
  });
}

export function useUpdatePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, changes }: { key: string; changes: PackageChanges }) => benchmarksApi.updatePackage(key, changes),
    // A stale edit (409) also refreshes, so the editor shows what the other lead saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: benchmarkKeys.packages }),
  });
}

export function useUpdateCriterionMetric() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: CriterionMetricChanges }) => benchmarksApi.updateCriterionMetric(id, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: benchmarkKeys.mapping }),
  });
}
