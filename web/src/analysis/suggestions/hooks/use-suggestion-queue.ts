import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SuggestionQueueFilters } from '../api/suggestions';
import { suggestionsApi } from '../api/suggestions-api';
import { suggestionsKeys } from '../api/suggestions-keys';

/** The signed-in coder's pending suggestions, most confident first, with the models' quality. */
export function useSuggestionQueue(filters: SuggestionQueueFilters) {
  return useQuery({ queryKey: suggestionsKeys.queue(filters), queryFn: () => suggestionsApi.queue(filters), placeholderData: keepPreviousData });
}
