import { useQuery } from '@tanstack/react-query';
import { codingKeys } from '../api/coding-keys';
import type { MemoTarget } from '../api/memo';
import { memosApi } from '../api/memos-api';

export function useMemos(targetType: MemoTarget, targetId: string | null) {
  return useQuery({ queryKey: codingKeys.memos(targetType, targetId), queryFn: () => memosApi.list(targetType, targetId) });
}
