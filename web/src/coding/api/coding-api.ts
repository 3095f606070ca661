import { apiClient } from '../../api/api-client';
import { queryString } from '../../api/query-string';
import type { Language } from '../../app/languages';
import type { Coding } from './coding';
import type { Comparison } from './comparison';
import type { Passage, PassageFilters } from './passage';
import type { SearchHit } from './search-hit';

const transcriptPath = (id: string) => `/api/transcripts/${encodeURIComponent(id)}`;
const codingPath = (id: string) => `/api/codings/${encodeURIComponent(id)}`;

export const codingApi = {
  /** In blind mode a researcher gets only their own codings until the lead reveals them. */
  list: (transcriptId: string) =>
    apiClient.get<{ items: Coding[] }>(`${transcriptPath(transcriptId)}/codings`).then((body) => body.items),
  add: (transcriptId: string, input: { codeId: string; start: number; end: number; memo?: string }) =>
    apiClient.post<Coding>(`${transcriptPath(transcriptId)}/codings`, input),
  updateMemo: (id: string, memo: string | null, revision: number) => apiClient.patch<Coding>(codingPath(id), { memo, revision }),
  remove: (id: string) => apiClient.delete<void>(codingPath(id)),
  reveal: (transcriptId: string) => apiClient.post<void>(`${transcriptPath(transcriptId)}/reveal`),
  compare: (transcriptId: string, coderA: string, coderB: string) =>
    apiClient.get<Comparison>(`${transcriptPath(transcriptId)}/comparison${queryString({ coderA, coderB })}`),
  passages: (filters: PassageFilters) =>
    apiClient
      .get<{ items: Passage[] }>(`/api/passages${queryString({ ...filters, includeChildren: String(filters.includeChildren) })}`)
      .then((body) => body.items),
  search: (q: string, language: Language | '') =>
    apiClient.get<{ items: SearchHit[] }>(`/api/search${queryString({ q, language })}`).then((body) => body.items),
};
