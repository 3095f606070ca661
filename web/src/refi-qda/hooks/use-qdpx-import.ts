import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refiQdaApi } from '../api/refi-qda-api';

/** Imports the project (all or nothing); transcripts, codes and memos change, so their lists refresh. */
export function useQdpxImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: refiQdaApi.import,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
