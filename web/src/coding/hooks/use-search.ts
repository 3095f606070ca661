import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Language } from '../../app/languages';
import { codingKeys } from '../api/coding-keys';
import { codingApi } from '../api/coding-api';

/** Stemmed full-text search over every turn of every transcript one may see. */
export function useSearch(query: string, language: Language | '') {
  return useQuery({
    queryKey: codingKeys.search(query, language),
    queryFn: () => codingApi.search(query, language),
    enabled: query.trim() !== '',
    placeholderData: keepPreviousData,
  });
}
