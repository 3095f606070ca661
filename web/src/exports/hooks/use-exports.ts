import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { exportKeys } from '../api/export-keys';
import { exportsApi } from '../api/exports-api';
import { isActive } from '../utils/job-progress';

// While a job is queued or running the list is polled; otherwise it rests.
const POLL_MS = 1_000;

export function useExportKinds() {
  return useQuery({ queryKey: exportKeys.kinds, queryFn: exportsApi.kinds, staleTime: 60_000 });
}

export function useExportJobs() {
  return useQuery({
    queryKey: exportKeys.jobs,
    queryFn: exportsApi.jobs,
    refetchInterval: (query) => (query.state.data?.some((job) => isActive(job.status)) ? POLL_MS : false),
  });
}

export function useCreateExport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: exportsApi.create, onSuccess: () => queryClient.invalidateQueries({ queryKey: exportKeys.jobs }) });
}

export function useRemoveExport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: exportsApi.remove, onSettled: () => queryClient.invalidateQueries({ queryKey: exportKeys.jobs }) });
}
