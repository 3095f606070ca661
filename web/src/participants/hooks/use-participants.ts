import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ParticipantFilters } from '../api/participant-filters';
import { participantKeys } from '../api/participant-keys';
import { participantsApi } from '../api/participants-api';

export function useParticipants(filters: ParticipantFilters) {
  return useQuery({
    queryKey: participantKeys.list(filters),
    queryFn: () => participantsApi.list(filters),
    // Keep the rows on screen while the next filter's answer arrives, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}
