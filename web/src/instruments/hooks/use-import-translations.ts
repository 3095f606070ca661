import { useMutation, useQueryClient } from '@tanstack/react-query';
import { instrumentKeys } from '../api/instrument-keys';
import { instrumentsApi, type TranslationImportInput } from '../api/instruments-api';

/** Writes a translated spreadsheet into a draft; its texts, completeness and revision change. */
export function useImportTranslations(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TranslationImportInput) => instrumentsApi.importTranslations(versionId, input),
    onSuccess: (result) =>
      result.changes.length === 0
        ? undefined
        : Promise.all([
            queryClient.invalidateQueries({ queryKey: instrumentKeys.version(versionId) }),
            queryClient.invalidateQueries({ queryKey: instrumentKeys.dictionary(versionId) }),
            queryClient.invalidateQueries({ queryKey: instrumentKeys.list }),
          ]),
  });
}
