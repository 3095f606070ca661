import { useMutation } from '@tanstack/react-query';
import { participantsApi } from '../api/participants-api';
import { useStoreParticipant } from './use-store-participant';

export function useRegisterParticipant() {
  const store = useStoreParticipant();
  return useMutation({ mutationFn: participantsApi.register, onSuccess: store });
}
