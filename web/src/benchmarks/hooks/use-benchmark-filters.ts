import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { BenchmarkFilters } from '../api/benchmark-types';
import { filtersFromParams } from '../utils/filters-from-params';

/** The result filters live in the address, so a filtered table can be reloaded and shared. */
export function useBenchmarkFilters(): [BenchmarkFilters, (changes: Partial<BenchmarkFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const update = useCallback(
    (changes: Partial<BenchmarkFilters>) => {
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
