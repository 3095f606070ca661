import { useMutation } from '@tanstack/react-query';
import type { LocalizedTexts } from '../api/code';
import { codebookApi } from '../api/codebook-api';
import { useStoreCodes } from './use-store-codes';

/** Adds sibling codes carrying the tags of the split one; passages are then recoded by hand. */
export function useSplitCode(id: string) {
  const store = useStoreCodes();
  return useMutation({
    mutationFn: ({ revision, into }: { revision: number; into: Array<{ name: LocalizedTexts }> }) => codebookApi.split(id, revision, into),
    onSuccess: store,
  });
}
