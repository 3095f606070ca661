import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Participant } from '../api/participant';
import { participantKeys } from '../api/participant-keys';

/** After a write: the answer becomes the cached detail, and every list is fetched again. */
export function useStoreParticipant(): (participant: Participant) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    (participant: Participant) => {
      queryClient.setQueryData(participantKeys.detail(participant.id), participant);
      return queryClient.invalidateQueries({ queryKey: participantKeys.lists });
    },
    [queryClient],
  );
}
