import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Coding } from '../api/coding';
import { codingKeys } from '../api/coding-keys';
import { codingApi } from '../api/coding-api';

/** Removes one's own coding (the server's event log keeps what it was). */
export function useDeleteCoding(transcriptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => codingApi.remove(id),
    onSuccess: async (_, id) => {
      queryClient.setQueryData<Coding[]>(codingKeys.codings(transcriptId), (current) => (current ?? []).filter((coding) => coding.id !== id));
      await queryClient.invalidateQueries({ queryKey: codingKeys.comparisons(transcriptId) });
    },
  });
}
