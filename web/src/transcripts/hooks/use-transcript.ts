import { useQuery } from '@tanstack/react-query';
import { transcriptKeys } from '../api/transcript-keys';
import { transcriptsApi } from '../api/transcripts-api';

/** A transcript with its text and turns; the text never changes after import, so it is kept long. */
export function useTranscript(id: string) {
  return useQuery({ queryKey: transcriptKeys.detail(id), queryFn: () => transcriptsApi.get(id), staleTime: 5 * 60_000 });
}
