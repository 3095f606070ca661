import { apiClient } from '../../api/api-client';
import { queryString } from '../../api/query-string';
import type { JointDisplay, JointDisplayQuery, PinnedQuote, QuoteCandidate } from './joint-display';

export const findingsKeys = {
  all: ['findings'] as const,
  jointDisplay: (query: JointDisplayQuery, language: string) => ['findings', 'joint-display', query, language] as const,
  candidates: (query: { criterion: string; group: string; center: string; language: string }) => ['findings', 'candidates', query] as const,
};

export const findingsApi = {
  jointDisplay: (query: JointDisplayQuery) => apiClient.get<JointDisplay>(`/api/linking/joint-display${queryString({ ...query })}`),
  candidates: (query: { criterion: string; group: string; center: string; language: string }) =>
    apiClient.get<QuoteCandidate[]>(`/api/linking/quotes/candidates${queryString({ ...query })}`),
  pin: (body: { codingId: string; criterion: string; group: string }) => apiClient.post<PinnedQuote>('/api/linking/quotes', body),
  editTranslations: (id: string, body: { translations: Partial<Record<string, string>>; revision: number }) =>
    apiClient.patch<PinnedQuote>(`/api/linking/quotes/${encodeURIComponent(id)}`, body),
  unpin: (id: string) => apiClient.delete<void>(`/api/linking/quotes/${encodeURIComponent(id)}`),
};
