import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ParticipantFilters } from '../api/participant-filters';
import { isParticipantStatus } from '../utils/is-participant-status';
import { isStakeholderGroup } from '../utils/is-stakeholder-group';

/** The list filters live in the address, so a filtered list can be reloaded, bookmarked and shared. */
export function useParticipantFilters(): [ParticipantFilters, (changes: Partial<ParticipantFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<ParticipantFilters>(() => {
    const group = params.get('group');
    const status = params.get('status');
    return {
      search: params.get('search') ?? '',
      group: isStakeholderGroup(group) ? group : '',
      center: params.get('center') ?? '',
      status: isParticipantStatus(status) ? status : '',
    };
  }, [params]);

  const update = useCallback(
    (changes: Partial<ParticipantFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return [filters, update];
}
