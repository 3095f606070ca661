import { apiClient } from '../../api/api-client';
import { queryString } from '../../api/query-string';
import type { Memo, MemoTarget } from './memo';

export const memosApi = {
  list: (targetType: MemoTarget, targetId: string | null) =>
    apiClient.get<{ items: Memo[] }>(`/api/memos${queryString({ targetType, targetId })}`).then((body) => body.items),
  create: (targetType: MemoTarget, targetId: string | null, text: string) =>
    apiClient.post<Memo>('/api/memos', targetId ? { targetType, targetId, text } : { targetType, text }),
  update: (id: string, text: string, revision: number) => apiClient.patch<Memo>(`/api/memos/${encodeURIComponent(id)}`, { text, revision }),
};
