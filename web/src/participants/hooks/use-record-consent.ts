import { useMutation } from '@tanstack/react-query';
import { participantsApi } from '../api/participants-api';
import { useStoreParticipant } from './use-store-participant';

export function useRecordConsent(id: string) {
  const store = useStoreParticipant();
  return useMutation({ mutationFn: (version: string) => participantsApi.recordConsent(id, version), onSuccess: store });
}
