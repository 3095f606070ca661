import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { analysisKeys } from '../../agreement/api/analysis-keys';
import { cooccurrenceApi, type CooccurrenceQuery } from '../api/cooccurrence-api';

/** Co-occurring codes in the chosen transcripts; waits until there is a transcript. */
export function useCooccurrence(query: CooccurrenceQuery) {
  return useQuery({
    queryKey: analysisKeys.cooccurrence(query),
    queryFn: () => cooccurrenceApi.table(query),
    enabled: query.transcriptIds.length > 0,
    placeholderData: keepPreviousData,
  });
}
