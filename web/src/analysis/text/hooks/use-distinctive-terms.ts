import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DistinctiveDimension, TextFilters } from '../api/text-analysis';
import { textAnalysisApi } from '../api/text-analysis-api';
import { textAnalysisKeys } from '../api/text-analysis-keys';

/** Distinctive terms of one group or center against the rest; idle until a target is chosen. */
export function useDistinctiveTerms(filters: TextFilters, dimension: DistinctiveDimension, target: string) {
  return useQuery({
    queryKey: textAnalysisKeys.distinctiveTerms(filters, dimension, target),
    queryFn: () => textAnalysisApi.distinctiveTerms(filters, dimension, target),
    enabled: target !== '',
    placeholderData: keepPreviousData,
  });
}
