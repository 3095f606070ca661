import { useMutation, useQueryClient } from '@tanstack/react-query';
import { instrumentKeys } from '../api/instrument-keys';
import { instrumentsApi } from '../api/instruments-api';

export function useImportInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: instrumentsApi.importInstrument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentKeys.list }),
  });
}
