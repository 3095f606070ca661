import { useMutation, useQueryClient } from '@tanstack/react-query';
import { transcriptKeys } from '../api/transcript-keys';
import { transcriptsApi } from '../api/transcripts-api';

export function useCreateTranscript() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transcriptsApi.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: transcriptKeys.lists }),
  });
}
