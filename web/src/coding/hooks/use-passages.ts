import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { codingKeys } from '../api/coding-keys';
import { codingApi } from '../api/coding-api';
import type { PassageFilters } from '../api/passage';

export function usePassages(filters: PassageFilters) {
  return useQuery({
    queryKey: codingKeys.passages(filters),
    queryFn: () => codingApi.passages(filters),
    enabled: filters.codeId !== '',
    placeholderData: keepPreviousData,
  });
}
