import { apiClient } from '../../api/api-client';
import { queryString } from '../../api/query-string';
import type { Language } from '../../app/languages';
import type { DataHandling, Participant, StakeholderGroup } from './participant';
import type { ParticipantFilters } from './participant-filters';

export const participantsApi = {
  list: (filters: ParticipantFilters) =>
    apiClient.get<{ items: Participant[] }>(`/api/participants${queryString({ ...filters })}`).then((body) => body.items),
  get: (id: string) => apiClient.get<Participant>(`/api/participants/${encodeURIComponent(id)}`),
  register: (body: { center: string; group: StakeholderGroup; language: Language }) =>
    apiClient.post<Participant>('/api/participants', body),
  recordConsent: (id: string, version: string) =>
    apiClient.post<Participant>(`/api/participants/${encodeURIComponent(id)}/consent`, { version }),
  withdraw: (id: string, dataHandling: DataHandling) =>
    apiClient.post<Participant>(`/api/participants/${encodeURIComponent(id)}/withdraw`, { dataHandling }),
};
