import { apiClient } from '../../api/api-client';
import { queryString } from '../../api/query-string';
import type { Transcript, TranscriptDetail } from './transcript';
import type { TranscriptFilters } from './transcript-filters';
import type { CreateTranscriptInput, PreviewInput, TranscriptPreview } from './transcript-preview';

const transcriptPath = (id: string) => `/api/transcripts/${encodeURIComponent(id)}`;

export const transcriptsApi = {
  list: (filters: TranscriptFilters) =>
    apiClient.get<{ items: Transcript[] }>(`/api/transcripts${queryString({ ...filters })}`).then((body) => body.items),
  get: (id: string) => apiClient.get<TranscriptDetail>(transcriptPath(id)),
  /** Parses the file and finds identifiers; nothing is stored. */
  preview: (input: PreviewInput) => apiClient.post<TranscriptPreview>('/api/transcripts/preview', input),
  create: (input: CreateTranscriptInput) => apiClient.post<Transcript>('/api/transcripts', input),
};
