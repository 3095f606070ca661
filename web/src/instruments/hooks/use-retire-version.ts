import { useMutation } from '@tanstack/react-query';
import { instrumentsApi } from '../api/instruments-api';
import { useStoreVersion } from './use-store-version';

export function useRetireVersion(versionId: string) {
  const store = useStoreVersion();
  return useMutation({ mutationFn: () => instrumentsApi.retire(versionId), onSuccess: store });
}
