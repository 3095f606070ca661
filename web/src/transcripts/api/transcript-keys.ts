import type { TranscriptFilters } from './transcript-filters';

export const transcriptKeys = {
  all: ['transcripts'] as const,
  lists: ['transcripts', 'list'] as const,
  list: (filters: TranscriptFilters) => ['transcripts', 'list', filters] as const,
  detail: (id: string) => ['transcripts', 'detail', id] as const,
};
