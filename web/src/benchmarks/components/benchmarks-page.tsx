import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useBenchmarkFilters } from '../hooks/use-benchmark-filters';
import { useBenchmarkPackages, useBenchmarkResults, useBenchmarkSchema } from '../hooks/use-benchmark-queries';
import { useCanEditBenchmarks } from '../hooks/use-can-edit-benchmarks';
import { BenchmarkFiltersBar } from './benchmark-filters-bar';
import { BenchmarkResultsTable } from './benchmark-results-table';
import { BenchmarksNav } from './benchmarks-nav';
import { SyntheticNotice } from './synthetic-notice';

/** The benchmark numbers: every package, task, center and metric, filterable. */
export function BenchmarksPage() {
  const { t } = useTranslation(['benchmarks', 'common']);
  usePageTitle(t('benchmarks:results.title'));
  const [filters, setFilters] = useBenchmarkFilters();
  const results = useBenchmarkResults(filters);
  const packages = useBenchmarkPackages();
  const schema = useBenchmarkSchema();
  const canEdit = useCanEditBenchmarks();
  const byKey = useMemo(() => new Map((packages.data ?? []).map((p) => [p.key, p])), [packages.data]);
  const showsSynthetic = (results.data ?? []).some((row) => byKey.get(row.packageKey)?.synthetic);

  return (
    <section className="page" data-testid="benchmarks-page">
      <BenchmarksNav />
      <div className="coding-heading">
        <h1>{t('benchmarks:results.title')}</h1>
        {canEdit && (
          <Link className="button button-primary" to="/benchmarks/import" data-testid="benchmark-import-open">
            {t('benchmarks:import.open')}
          </Link>
        )}
      </div>
      <p className="lead">{t('benchmarks:results.intro')}</p>
      {showsSynthetic && <SyntheticNotice />}

      <section className="panel" aria-labelledby="benchmark-results-title">
        <h2 id="benchmark-results-title">{t('benchmarks:results.listTitle')}</h2>
        <BenchmarkFiltersBar filters={filters} packages={packages.data ?? []} schema={schema.data} onChange={setFilters} />
        {results.isPending && <LoadingState />}
        {results.isError && <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />}
        {results.data && (
          <>
            <p className="muted small" role="status" aria-live="polite" data-testid="benchmark-count">
              {t('benchmarks:results.count', { count: results.data.length })}
            </p>
            {results.data.length === 0 ? (
              <p className="empty">{t('benchmarks:results.empty')}</p>
            ) : (
              <BenchmarkResultsTable results={results.data} packages={byKey} refreshing={results.isPlaceholderData} />
            )}
          </>
        )}
      </section>
    </section>
  );
}
