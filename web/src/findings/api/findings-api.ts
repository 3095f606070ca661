import { apiClient } from '../../api/api-client';
import { queryString } from '../../api/query-string';
import type { JointDisplay, JointDisplayQuery, PinnedQuote } from './joint-display';

export const findingsKeys = {
  all: ['findings'] as const,
  jointDisplay: (query: JointDisplayQuery, language: string) => ['findings', 'joint-display', query, language] as const,
};

export const findingsApi = {
  jointDisplay: (query: JointDisplayQuery) => apiClient.get<JointDisplay>(`/api/linking/joint-display${queryString({ ...query })}`),
  editTranslations: (id: string, body: { translations: Partial<Record<string, string>>; revision: number }) =>
    apiClient.patch<PinnedQuote>(`/api/linking/quotes/${encodeURIComponent(id)}`, body),
  unpin: (id: string) => apiClient.delete<void>(`/api/linking/quotes/${encodeURIComponent(id)}`),
};
