import { useTranslation } from 'react-i18next';
import type { AiPackage, BenchmarkResult } from '../api/benchmark-types';
import { formatMetricValue } from '../utils/format-metric-value';
import { SyntheticBadge } from './synthetic-badge';

interface BenchmarkResultsTableProps {
  results: BenchmarkResult[];
  packages: ReadonlyMap<string, AiPackage>;
  refreshing: boolean;
}

export function BenchmarkResultsTable({ results, packages, refreshing }: BenchmarkResultsTableProps) {
  const { t, i18n } = useTranslation(['benchmarks']);
  const locale = i18n.resolvedLanguage ?? 'en';
  const count = new Intl.NumberFormat(locale);
  return (
    <div className={`table-scroll${refreshing ? ' is-refreshing' : ''}`} role="region" aria-labelledby="benchmark-results-title" tabIndex={0}>
      <table className="table table-dense" data-testid="benchmark-results-table">
        <thead>
          <tr>
            <th scope="col">{t('benchmarks:columns.package')}</th>
            <th scope="col">{t('benchmarks:columns.package_version')}</th>
            <th scope="col">{t('benchmarks:columns.task')}</th>
            <th scope="col">{t('benchmarks:columns.center')}</th>
            <th scope="col">{t('benchmarks:columns.dataset')}</th>
            <th scope="col">{t('benchmarks:columns.metric')}</th>
            <th scope="col" className="numeric">{t('benchmarks:columns.value')}</th>
            <th scope="col" className="numeric">{t('benchmarks:results.ci')}</th>
            <th scope="col" className="numeric">{t('benchmarks:columns.n')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((row) => {
            const pkg = packages.get(row.packageKey);
            return (
              <tr key={row.id} data-testid="benchmark-row">
                <th scope="row">
                  <span className="cell-strong">{pkg?.name ?? row.packageKey}</span> {pkg?.synthetic && <SyntheticBadge />}
                </th>
                <td className="mono">{row.packageVersion}</td>
                <td>{t(`benchmarks:tasks.${row.task}`)}</td>
                <td>{row.center}</td>
                <td>{row.dataset}</td>
                <td className="mono">{row.metric}</td>
                <td className="numeric">{formatMetricValue(row.value, row.metric, locale)}</td>
                <td className="numeric nowrap">
                  {formatMetricValue(row.ciLow, row.metric, locale)} – {formatMetricValue(row.ciHigh, row.metric, locale)}
                </td>
                <td className="numeric">{count.format(row.n)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
