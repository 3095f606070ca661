import { useQuery } from '@tanstack/react-query';
import { instrumentKeys } from '../api/instrument-keys';
import { instrumentsApi } from '../api/instruments-api';

/** The library; editors also get drafts and retired versions, everyone else published ones only. */
export function useInstruments() {
  return useQuery({ queryKey: instrumentKeys.list, queryFn: instrumentsApi.list });
}
