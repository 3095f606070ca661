import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { analysisKeys } from '../../agreement/api/analysis-keys';
import { crosstabApi, type CrosstabQuery } from '../api/crosstab-api';

export function useCrosstab(query: CrosstabQuery) {
  return useQuery({ queryKey: analysisKeys.crosstab(query), queryFn: () => crosstabApi.table(query), placeholderData: keepPreviousData });
}
