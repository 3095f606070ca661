import { useMutation } from '@tanstack/react-query';
import type { InstrumentVersion } from '../api/instrument';
import { instrumentsApi } from '../api/instruments-api';
import { useStoreVersion } from './use-store-version';

/**
 * `onPublished` runs from the mutation itself, not from `mutate`: the published version replaces the
 * draft in the cache, which unmounts the panel that asked before a `mutate` callback could run.
 */
export function usePublishVersion(versionId: string, onPublished?: (version: InstrumentVersion) => void) {
  const store = useStoreVersion();
  return useMutation({
    mutationFn: () => instrumentsApi.publish(versionId),
    onSuccess: (version) => {
      onPublished?.(version);
      return store(version);
    },
  });
}
