import { useQuery } from '@tanstack/react-query';
import { instrumentKeys } from '../api/instrument-keys';
import { instrumentsApi } from '../api/instruments-api';

export function useInstrumentVersion(id: string | undefined) {
  return useQuery({
    queryKey: instrumentKeys.version(id ?? ''),
    queryFn: () => instrumentsApi.getVersion(id ?? ''),
    enabled: Boolean(id),
  });
}
