import type { DistinctiveDimension, TextFilters } from './text-analysis';

export const textAnalysisKeys = {
  all: ['text-analysis'] as const,
  frequencies: (filters: TextFilters, limit: number) => [...textAnalysisKeys.all, 'frequencies', filters, limit] as const,
  keywordInContext: (filters: TextFilters, term: string) => [...textAnalysisKeys.all, 'kwic', filters, term] as const,
  distinctiveTerms: (filters: TextFilters, dimension: DistinctiveDimension, target: string) => [...textAnalysisKeys.all, 'distinctive', filters, dimension, target] as const,
};
