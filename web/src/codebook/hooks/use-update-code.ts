import { useMutation } from '@tanstack/react-query';
import type { CodeFields } from '../api/code';
import { codebookApi } from '../api/codebook-api';
import { useStoreCodes } from './use-store-codes';

/** Edits a code, conditional on the revision the editor saw (409 STALE_REVISION otherwise). */
export function useUpdateCode(id: string) {
  const store = useStoreCodes();
  return useMutation({
    mutationFn: ({ revision, fields }: { revision: number; fields: CodeFields }) => codebookApi.update(id, revision, fields),
    onSuccess: store,
  });
}
