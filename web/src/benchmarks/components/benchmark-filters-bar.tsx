import { useTranslation } from 'react-i18next';
import { CenterOptions } from '../../centers/components/center-options';
import type { AiPackage, BenchmarkFilters, BenchmarkSchema } from '../api/benchmark-types';

interface BenchmarkFiltersBarProps {
  filters: BenchmarkFilters;
  packages: AiPackage[];
  schema: BenchmarkSchema | undefined;
  onChange: (changes: Partial<BenchmarkFilters>) => void;
}

export function BenchmarkFiltersBar({ filters, packages, schema, onChange }: BenchmarkFiltersBarProps) {
  const { t } = useTranslation(['benchmarks', 'common']);
  const hasFilters = Boolean(filters.package || filters.task || filters.center || filters.metric);
  return (
    <form className="filters" role="search" aria-label={t('benchmarks:results.filters')} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="benchmark-filter-package">{t('benchmarks:columns.package')}</label>
        <select id="benchmark-filter-package" className="select" value={filters.package} onChange={(event) => onChange({ package: event.target.value })} data-testid="benchmark-filter-package">
          <option value="">{t('benchmarks:results.allPackages')}</option>
          {packages.map((pkg) => (
            <option key={pkg.key} value={pkg.key}>
              {pkg.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="benchmark-filter-task">{t('benchmarks:columns.task')}</label>
        <select id="benchmark-filter-task" className="select" value={filters.task} onChange={(event) => onChange({ task: event.target.value })} data-testid="benchmark-filter-task">
          <option value="">{t('benchmarks:results.allTasks')}</option>
          {(schema?.tasks ?? []).map((task) => (
            <option key={task} value={task}>
              {t(`benchmarks:tasks.${task}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="benchmark-filter-center">{t('benchmarks:columns.center')}</label>
        <select id="benchmark-filter-center" className="select" value={filters.center} onChange={(event) => onChange({ center: event.target.value })} data-testid="benchmark-filter-center">
          <option value="">{t('common:allCenters')}</option>
          <CenterOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor="benchmark-filter-metric">{t('benchmarks:columns.metric')}</label>
        <select id="benchmark-filter-metric" className="select" value={filters.metric} onChange={(event) => onChange({ metric: event.target.value })} data-testid="benchmark-filter-metric">
          <option value="">{t('benchmarks:results.allMetrics')}</option>
          {(schema?.metrics ?? []).map((spec) => (
            <option key={spec.metric} value={spec.metric}>
              {spec.metric}
            </option>
          ))}
        </select>
      </div>
      <div className="filters-actions">
        <button type="button" className="button button-secondary" disabled={!hasFilters} onClick={() => onChange({ package: '', task: '', center: '', metric: '' })}>
          {t('common:actions.resetFilters')}
        </button>
      </div>
    </form>
  );
}
