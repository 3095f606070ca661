import { apiClient } from '../../../api/api-client';
import { queryString } from '../../../api/query-string';
import type { Coding } from '../../../coding/api/coding';
import type { CodeSuggestion, GenerateResult, SuggestionQueue, SuggestionQueueFilters } from './suggestions';

const base = '/api/analysis/suggestions';

export const suggestionsApi = {
  generate: (transcriptIds: string[], minConfidence: number) => apiClient.post<GenerateResult>(`${base}/generate`, { transcriptIds, minConfidence }),
  queue: (filters: SuggestionQueueFilters) => apiClient.get<SuggestionQueue>(`${base}${queryString({ ...filters, minConfidence: filters.minConfidence || undefined })}`),
  accept: (id: string) => apiClient.post<{ suggestion: CodeSuggestion; coding: Coding }>(`${base}/${encodeURIComponent(id)}/accept`),
  reject: (id: string) => apiClient.post<{ suggestion: CodeSuggestion }>(`${base}/${encodeURIComponent(id)}/reject`),
};
