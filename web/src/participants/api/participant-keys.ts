import type { ParticipantFilters } from './participant-filters';

export const participantKeys = {
  all: ['participants'] as const,
  lists: ['participants', 'list'] as const,
  list: (filters: ParticipantFilters) => ['participants', 'list', filters] as const,
  detail: (id: string) => ['participants', 'detail', id] as const,
};
