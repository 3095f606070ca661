import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Coding } from '../api/coding';
import { codingKeys } from '../api/coding-keys';
import { codingApi } from '../api/coding-api';

/** Codes a passage; the new coding joins the cached list at once, comparisons are fetched again. */
export function useAddCoding(transcriptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { codeId: string; start: number; end: number }) => codingApi.add(transcriptId, input),
    onSuccess: async (coding) => {
      queryClient.setQueryData<Coding[]>(codingKeys.codings(transcriptId), (current) => [...(current ?? []), coding]);
      await queryClient.invalidateQueries({ queryKey: codingKeys.comparisons(transcriptId) });
    },
  });
}
