import { useQuery } from '@tanstack/react-query';
import { codebookKeys } from '../api/codebook-keys';
import { codebookApi } from '../api/codebook-api';

/** The shared codebook (active codes only; merged ones live on in their heir's history). */
export function useCodebook() {
  return useQuery({ queryKey: codebookKeys.list, queryFn: codebookApi.list });
}
