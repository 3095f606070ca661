import { useMutation, useQueryClient } from '@tanstack/react-query';
import { codingKeys } from '../../../coding/api/coding-keys';
import type { CodeSuggestion, SuggestionQueue } from '../api/suggestions';
import { suggestionsApi } from '../api/suggestions-api';
import { suggestionsKeys } from '../api/suggestions-keys';

export type ReviewDecision = 'accept' | 'reject';

/**
 * Accepts (codes the turn in the researcher's name) or rejects one suggestion. The item leaves the
 * cached queue at once; accepted codings show up in the reader and retrieval on their next fetch.
 */
export function useReviewSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ suggestion, decision }: { suggestion: CodeSuggestion; decision: ReviewDecision }) =>
      decision === 'accept' ? suggestionsApi.accept(suggestion.id) : suggestionsApi.reject(suggestion.id),
    onSettled: async (_result, _error, { suggestion }) => {
      // Also on 409 (reviewed elsewhere): the item is gone from the pending queue either way.
      queryClient.setQueriesData<SuggestionQueue>({ queryKey: suggestionsKeys.all }, (queue) =>
        queue && 'items' in queue ? { ...queue, total: Math.max(0, queue.total - 1), items: queue.items.filter((item) => item.id !== suggestion.id) } : queue,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: codingKeys.codings(suggestion.transcriptId) }),
        queryClient.invalidateQueries({ queryKey: ['coding', 'passages'] }),
      ]);
    },
  });
}
