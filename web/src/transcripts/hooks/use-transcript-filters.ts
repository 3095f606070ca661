import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isLanguage } from '../../app/is-language';
import { isStakeholderGroup } from '../../participants/utils/is-stakeholder-group';
import type { TranscriptFilters } from '../api/transcript-filters';

/** The list filters live in the address, so a filtered list can be reloaded and shared. */
export function useTranscriptFilters(): [TranscriptFilters, (changes: Partial<TranscriptFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<TranscriptFilters>(() => {
    const group = params.get('group');
    const language = params.get('language');
    return {
      group: isStakeholderGroup(group) ? group : '',
      center: params.get('center') ?? '',
      language: isLanguage(language) ? language : '',
    };
  }, [params]);

  const update = useCallback(
    (changes: Partial<TranscriptFilters>) => {
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
