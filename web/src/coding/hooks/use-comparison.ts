import { useQuery } from '@tanstack/react-query';
import { codingKeys } from '../api/coding-keys';
import { codingApi } from '../api/coding-api';

/** Two coders' agreement on one transcript; asks only once two different coders are chosen. */
export function useComparison(transcriptId: string, coderA: string, coderB: string) {
  return useQuery({
    queryKey: codingKeys.comparison(transcriptId, coderA, coderB),
    queryFn: () => codingApi.compare(transcriptId, coderA, coderB),
    enabled: Boolean(coderA && coderB && coderA !== coderB),
  });
}
