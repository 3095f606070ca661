import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TranscriptFilters } from '../api/transcript-filters';
import { transcriptKeys } from '../api/transcript-keys';
import { transcriptsApi } from '../api/transcripts-api';

export function useTranscripts(filters: TranscriptFilters) {
  return useQuery({
    queryKey: transcriptKeys.list(filters),
    queryFn: () => transcriptsApi.list(filters),
    placeholderData: keepPreviousData,
  });
}
