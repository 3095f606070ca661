import type { SuggestionQueueFilters } from './suggestions';

export const suggestionsKeys = {
  all: ['code-suggestions'] as const,
  queue: (filters: SuggestionQueueFilters) => [...suggestionsKeys.all, 'queue', filters] as const,
};
