import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { InstrumentVersion } from '../api/instrument';
import { instrumentKeys } from '../api/instrument-keys';

/** After a write: the answer becomes the cached version, its questions and the library are fetched again. */
export function useStoreVersion(): (version: InstrumentVersion) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (version: InstrumentVersion) => {
      queryClient.setQueryData(instrumentKeys.version(version.id), version);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: instrumentKeys.dictionary(version.id) }),
        queryClient.invalidateQueries({ queryKey: instrumentKeys.list }),
      ]);
    },
    [queryClient],
  );
}
