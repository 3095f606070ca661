import { useQuery } from '@tanstack/react-query';
import type { TextFilters } from '../api/text-analysis';
import { textAnalysisApi } from '../api/text-analysis-api';
import { textAnalysisKeys } from '../api/text-analysis-keys';

/** Keyword in context for a term; idle until a term is chosen. */
export function useKeywordInContext(filters: TextFilters, term: string) {
  return useQuery({
    queryKey: textAnalysisKeys.keywordInContext(filters, term),
    queryFn: () => textAnalysisApi.keywordInContext(filters, term),
    enabled: term.trim() !== '',
  });
}
