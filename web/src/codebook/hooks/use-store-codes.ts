import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { codebookKeys } from '../api/codebook-keys';

/** After any codebook write: the tree and every history are fetched again (codes move, merge, split). */
export function useStoreCodes(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: codebookKeys.all }), [queryClient]);
}
