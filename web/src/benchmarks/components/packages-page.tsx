import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useBenchmarkPackages } from '../hooks/use-benchmark-queries';
import { useCanEditBenchmarks } from '../hooks/use-can-edit-benchmarks';
import { BenchmarksNav } from './benchmarks-nav';
import { PackageEditor } from './package-editor';
import { SyntheticNotice } from './synthetic-notice';

/** Vendor, regulatory status, explainability features and integration of each package. */
export function PackagesPage() {
  const { t } = useTranslation(['benchmarks']);
  usePageTitle(t('benchmarks:packages.title'));
  const packages = useBenchmarkPackages();
  const canEdit = useCanEditBenchmarks();
  return (
    <section className="page" data-testid="benchmark-packages-page">
      <BenchmarksNav />
      <h1>{t('benchmarks:packages.title')}</h1>
      <p className="lead">{t('benchmarks:packages.intro')}</p>
      {packages.data?.some((p) => p.synthetic) && <SyntheticNotice />}
      {packages.isPending && <LoadingState />}
      {packages.isError && <ErrorAlert error={packages.error} onRetry={() => void packages.refetch()} />}
      {packages.data?.length === 0 && <p className="empty">{t('benchmarks:packages.empty')}</p>}
      <div className="card-grid benchmark-packages">
        {/* Keyed by revision: after a save (or a refused stale save) the form starts from the stored values. */}
        {packages.data?.map((pkg) => <PackageEditor key={`${pkg.key}@${pkg.revision}`} pkg={pkg} canEdit={canEdit} />)}
      </div>
    </section>
  );
}
