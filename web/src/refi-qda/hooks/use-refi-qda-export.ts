import { useMutation, useQuery } from '@tanstack/react-query';
import { refiQdaApi } from '../api/refi-qda-api';

const POLL_MS = 1000;

/** Starts a REFI-QDA export job and follows it until its file is ready (or it failed). */
export function useRefiQdaExport(jobId: string | null) {
  const start = useMutation({ mutationFn: refiQdaApi.startExport });
  const job = useQuery({
    queryKey: ['exports', 'job', jobId],
    queryFn: () => refiQdaApi.exportJob(jobId ?? ''),
    enabled: jobId !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' || status === 'cancelled' ? false : POLL_MS;
    },
  });
  return { start, job };
}
