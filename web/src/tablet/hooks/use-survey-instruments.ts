import { useQuery } from '@tanstack/react-query';
import { tabletApi } from '../api/tablet-api';
import { tabletKeys } from '../api/tablet-keys';

/** The instruments staff may hand out (site staff see published ones only). */
export function useSurveyInstruments() {
  return useQuery({ queryKey: tabletKeys.instruments, queryFn: tabletApi.instruments, staleTime: 5 * 60_000 });
}
