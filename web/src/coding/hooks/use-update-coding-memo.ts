import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Coding } from '../api/coding';
import { codingKeys } from '../api/coding-keys';
import { codingApi } from '../api/coding-api';

/** Changes the memo on one's own coding, conditional on the revision one saw. */
export function useUpdateCodingMemo(transcriptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, memo, revision }: { id: string; memo: string | null; revision: number }) => codingApi.updateMemo(id, memo, revision),
    onSuccess: (updated) =>
      queryClient.setQueryData<Coding[]>(codingKeys.codings(transcriptId), (current) =>
        (current ?? []).map((coding) => (coding.id === updated.id ? updated : coding)),
      ),
  });
}
