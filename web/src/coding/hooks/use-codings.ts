import { useQuery } from '@tanstack/react-query';
import { codingKeys } from '../api/coding-keys';
import { codingApi } from '../api/coding-api';

/** The codings of a transcript this user may see (in blind mode: their own). */
export function useCodings(transcriptId: string) {
  return useQuery({ queryKey: codingKeys.codings(transcriptId), queryFn: () => codingApi.list(transcriptId) });
}
