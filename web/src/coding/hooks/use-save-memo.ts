import { useMutation, useQueryClient } from '@tanstack/react-query';
import { codingKeys } from '../api/coding-keys';
import type { MemoTarget } from '../api/memo';
import { memosApi } from '../api/memos-api';

type SaveMemo = { id: null; text: string } | { id: string; text: string; revision: number };

/** Writes a new memo or edits one's own (conditional on the revision one saw). */
export function useSaveMemo(targetType: MemoTarget, targetId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveMemo) =>
      input.id === null ? memosApi.create(targetType, targetId, input.text) : memosApi.update(input.id, input.text, input.revision),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codingKeys.memos(targetType, targetId) }),
  });
}
