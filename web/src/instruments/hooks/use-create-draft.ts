import { useMutation, useQueryClient } from '@tanstack/react-query';
import { instrumentKeys } from '../api/instrument-keys';
import { instrumentsApi } from '../api/instruments-api';

/** A new draft from an uploaded file, or (without one) a copy of the newest version. */
export function useCreateDraft(instrumentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (definitionText?: string) => instrumentsApi.createDraft(instrumentId, definitionText),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentKeys.list }),
  });
}
