import { useQuery } from '@tanstack/react-query';
import { codebookKeys } from '../api/codebook-keys';
import { codebookApi } from '../api/codebook-api';

export function useCodeHistory(id: string) {
  return useQuery({ queryKey: codebookKeys.history(id), queryFn: () => codebookApi.history(id) });
}
