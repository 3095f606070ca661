import { useQuery } from '@tanstack/react-query';
import { participantKeys } from '../api/participant-keys';
import { participantsApi } from '../api/participants-api';

export function useParticipant(id: string) {
  return useQuery({ queryKey: participantKeys.detail(id), queryFn: () => participantsApi.get(id) });
}
