import { apiClient } from '../../../api/api-client';
import { queryString } from '../../../api/query-string';
import type { DistinctiveDimension, DistinctiveTerms, KeywordInContext, TextFilters, WordFrequencies } from './text-analysis';

const base = '/api/analysis/text';

export const textAnalysisApi = {
  frequencies: (filters: TextFilters, limit: number) => apiClient.get<WordFrequencies>(`${base}/frequencies${queryString({ ...filters, limit })}`),
  keywordInContext: (filters: TextFilters, term: string) =>
    apiClient.get<KeywordInContext>(`${base}/keyword-in-context${queryString({ ...filters, term, limit: 200 })}`),
  distinctiveTerms: (filters: TextFilters, dimension: DistinctiveDimension, target: string) =>
    // The group filter would leave no "rest" to compare with: the comparison spans all groups.
    apiClient.get<DistinctiveTerms>(`${base}/distinctive-terms${queryString({ ...filters, group: undefined, dimension, target, limit: 40 })}`),
};
