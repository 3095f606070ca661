import { useQuery } from '@tanstack/react-query';
import { instrumentKeys } from '../api/instrument-keys';
import { instrumentsApi } from '../api/instruments-api';

export function useDataDictionary(versionId: string) {
  return useQuery({ queryKey: instrumentKeys.dictionary(versionId), queryFn: () => instrumentsApi.dictionary(versionId) });
}
