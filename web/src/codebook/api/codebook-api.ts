import { apiClient } from '../../api/api-client';
import type { Code, CodeChange, CodeFields, LocalizedTexts } from './code';

const codePath = (id: string) => `/api/codebook/codes/${encodeURIComponent(id)}`;

export const codebookApi = {
  list: () => apiClient.get<{ items: Code[] }>('/api/codebook').then((body) => body.items),
  create: (fields: CodeFields & { name: LocalizedTexts }) => apiClient.post<Code>('/api/codebook/codes', fields),
  /** Conditional on the revision the editor saw: 409 STALE_REVISION when someone saved first. */
  update: (id: string, revision: number, fields: CodeFields) => apiClient.patch<Code>(codePath(id), { revision, ...fields }),
  merge: (id: string, intoId: string, revision: number) => apiClient.post<Code>(`${codePath(id)}/merge`, { intoId, revision }),
  split: (id: string, revision: number, into: Array<{ name: LocalizedTexts }>) =>
    apiClient.post<{ items: Code[] }>(`${codePath(id)}/split`, { revision, into }).then((body) => body.items),
  history: (id: string) => apiClient.get<{ items: CodeChange[] }>(`${codePath(id)}/history`).then((body) => body.items),
};
