import { useMutation, useQueryClient } from '@tanstack/react-query';
import { codingKeys } from '../../coding/api/coding-keys';
import { codebookApi } from '../api/codebook-api';
import { useStoreCodes } from './use-store-codes';

/** Merges a code into another: its codings move there, so cached codings are stale too. */
export function useMergeCode(id: string) {
  const store = useStoreCodes();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ intoId, revision }: { intoId: string; revision: number }) => codebookApi.merge(id, intoId, revision),
    onSuccess: async () => {
      await Promise.all([store(), queryClient.invalidateQueries({ queryKey: codingKeys.all })]);
    },
  });
}
