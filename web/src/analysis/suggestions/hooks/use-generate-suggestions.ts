import { useMutation, useQueryClient } from '@tanstack/react-query';
import { suggestionsApi } from '../api/suggestions-api';
import { suggestionsKeys } from '../api/suggestions-keys';

/** Retrains and refills the queue for the chosen transcripts (replacing their open suggestions). */
export function useGenerateSuggestions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { transcriptIds: string[]; minConfidence: number }) => suggestionsApi.generate(input.transcriptIds, input.minConfidence),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: suggestionsKeys.all }),
  });
}
