import { useMutation } from '@tanstack/react-query';
import type { DataHandling } from '../api/participant';
import { participantsApi } from '../api/participants-api';
import { useStoreParticipant } from './use-store-participant';

export function useWithdrawParticipant(id: string) {
  const store = useStoreParticipant();
  return useMutation({
    mutationFn: (dataHandling: DataHandling) => participantsApi.withdraw(id, dataHandling),
    onSuccess: store,
  });
}
