import { useMutation } from '@tanstack/react-query';
import { instrumentsApi } from '../api/instruments-api';
import { useStoreVersion } from './use-store-version';

/** Replaces a draft's SurveyJS definition, conditional on the revision the editor saw. */
export function useReplaceDefinition(versionId: string) {
  const store = useStoreVersion();
  return useMutation({
    mutationFn: ({ definitionText, revision }: { definitionText: string; revision: number }) =>
      instrumentsApi.replaceDefinition(versionId, definitionText, revision),
    onSuccess: store,
  });
}
