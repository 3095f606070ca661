import { useMutation, useQueryClient } from '@tanstack/react-query';
import { transcriptKeys } from '../../transcripts/api/transcript-keys';
import { codingKeys } from '../api/coding-keys';
import { codingApi } from '../api/coding-api';

/** Ends blind coding on a transcript (lead only): everyone then sees every coder's work. */
export function useRevealCodings(transcriptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => codingApi.reveal(transcriptId),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: transcriptKeys.detail(transcriptId) }),
        queryClient.invalidateQueries({ queryKey: transcriptKeys.lists }),
        queryClient.invalidateQueries({ queryKey: codingKeys.codings(transcriptId) }),
      ]);
    },
  });
}
