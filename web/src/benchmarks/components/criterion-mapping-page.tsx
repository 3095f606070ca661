import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { CRITERIA } from '../api/benchmark-types';
import { useCriterionMapping } from '../hooks/use-benchmark-queries';
import { useCanEditBenchmarks } from '../hooks/use-can-edit-benchmarks';
import { BenchmarksNav } from './benchmarks-nav';
import { CriterionMetricRow } from './criterion-metric-row';

/** Which metrics speak to which criterion, and how each is scaled to 0–1; the method in plain words. */
export function CriterionMappingPage() {
  const { t } = useTranslation(['benchmarks']);
  usePageTitle(t('benchmarks:criteria.title'));
  const mapping = useCriterionMapping();
  const canEdit = useCanEditBenchmarks();
  return (
    <section className="page" data-testid="criterion-mapping-page">
      <BenchmarksNav />
      <h1>{t('benchmarks:criteria.title')}</h1>
      <p className="lead">{t('benchmarks:criteria.intro')}</p>
      <div className="note method-note">
        <p>{t('benchmarks:criteria.method')}</p>
        <p>{t('benchmarks:criteria.derived')}</p>
      </div>
      {mapping.isPending && <LoadingState />}
      {mapping.isError && <ErrorAlert error={mapping.error} onRetry={() => void mapping.refetch()} />}
      {mapping.data &&
        CRITERIA.map((criterion) => {
          const entries = mapping.data.filter((m) => m.criterion === criterion);
          return (
            <section key={criterion} className="panel" aria-labelledby={`criterion-${criterion}`}>
              <h2 id={`criterion-${criterion}`}>{t(`benchmarks:criteriaNames.${criterion}`)}</h2>
              <p className="muted">{t(`benchmarks:criteria.why.${criterion}`)}</p>
              {entries.length === 0 ? (
                <p className="empty">{t('benchmarks:criteria.none')}</p>
              ) : (
                <div className="table-scroll" role="region" aria-labelledby={`criterion-${criterion}`} tabIndex={0}>
                  <table className="table table-dense" data-testid={`criterion-table-${criterion}`}>
                    <thead>
                      <tr>
                        <th scope="col">{t('benchmarks:columns.metric')}</th>
                        <th scope="col">{t('benchmarks:criteria.direction')}</th>
                        <th scope="col">{t('benchmarks:criteria.worst')}</th>
                        <th scope="col">{t('benchmarks:criteria.best')}</th>
                        <th scope="col">{t('benchmarks:criteria.weight')}</th>
                        {canEdit && <th scope="col">{t('benchmarks:criteria.actions')}</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {entries.map((entry) => (
                        <CriterionMetricRow key={`${entry.id}@${entry.revision}`} entry={entry} canEdit={canEdit} />
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          );
        })}
    </section>
  );
}
