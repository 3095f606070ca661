import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isLanguage } from '../../app/is-language';
import { isValence } from '../../codebook/utils/is-valence';
import { isStakeholderGroup } from '../../participants/utils/is-stakeholder-group';
import type { PassageFilters } from '../api/passage';

/** Code and filters of the retrieval page live in the address, so a retrieval can be shared. */
export function usePassageFilters(): [PassageFilters, (changes: Partial<PassageFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<PassageFilters>(() => {
    const group = params.get('group');
    const language = params.get('language');
    const valence = params.get('valence');
    return {
      codeId: params.get('code') ?? '',
      // Sub-codes are included unless switched off: a theme's passages are mostly in its children.
      includeChildren: params.get('sub') !== '0',
      group: isStakeholderGroup(group) ? group : '',
      center: params.get('center') ?? '',
      language: isLanguage(language) ? language : '',
      coderId: params.get('coder') ?? '',
      valence: isValence(valence) ? valence : '',
    };
  }, [params]);

  const update = useCallback(
    (changes: Partial<PassageFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const names: Record<keyof PassageFilters, string> = {
            codeId: 'code',
            includeChildren: 'sub',
            group: 'group',
            center: 'center',
            language: 'language',
            coderId: 'coder',
            valence: 'valence',
          };
          for (const [key, value] of Object.entries(changes) as Array<[keyof PassageFilters, string | boolean]>) {
            const name = names[key];
            if (key === 'includeChildren') {
              if (value) next.delete(name);
              else next.set(name, '0');
            } else if (typeof value === 'string' && value) next.set(name, value);
            else next.delete(name);
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
