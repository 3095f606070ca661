import { useQuery } from '@tanstack/react-query';
import { centersApi } from '../api/centers-api';

/** The study's centers; they change about once a year, so one fetch per session is plenty. */
export function useCenters() {
  return useQuery({ queryKey: ['centers'], queryFn: centersApi.list, staleTime: Infinity });
}
