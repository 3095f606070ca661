import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditFilters } from '../api/audit-filters';

const FILTER_KEYS = ['action', 'actorId', 'entity', 'center', 'from', 'to'] as const satisfies readonly (keyof AuditFilters)[];

export interface AuditFilterState {
  filters: AuditFilters;
  page: number;
  setFilters: (filters: AuditFilters) => void;
  setPage: (page: number) => void;
}

/** Filters and page live in the address: a filtered view can be reloaded and shared. */
export function useAuditFilters(): AuditFilterState {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<AuditFilters>(
    () => ({
      action: params.get('action') ?? '',
      actorId: params.get('actorId') ?? '',
      entity: params.get('entity') ?? '',
      center: params.get('center') ?? '',
      from: params.get('from') ?? '',
      to: params.get('to') ?? '',
    }),
    [params],
  );
  const requestedPage = Number(params.get('page'));
  const page = Number.isInteger(requestedPage) && requestedPage > 0 ? requestedPage : 1;

  const setFilters = useCallback(
    (next: AuditFilters) => {
      const search = new URLSearchParams();
      for (const key of FILTER_KEYS) {
        const value = next[key].trim();
        if (value) search.set(key, value);
      }
      // New filters start at the first page.
      setParams(search);
    },
    [setParams],
  );

  const setPage = useCallback(
    (nextPage: number) => {
      setParams((current) => {
        const search = new URLSearchParams(current);
        if (nextPage > 1) search.set('page', String(nextPage));
        else search.delete('page');
        return search;
      });
    },
    [setParams],
  );

  return { filters, page, setFilters, setPage };
}
