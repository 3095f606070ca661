import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TextFilters } from '../api/text-analysis';
import { textAnalysisApi } from '../api/text-analysis-api';
import { textAnalysisKeys } from '../api/text-analysis-keys';

export const FREQUENCY_LIMIT = 100;

export function useWordFrequencies(filters: TextFilters) {
  return useQuery({
    queryKey: textAnalysisKeys.frequencies(filters, FREQUENCY_LIMIT),
    queryFn: () => textAnalysisApi.frequencies(filters, FREQUENCY_LIMIT),
    placeholderData: keepPreviousData,
  });
}
