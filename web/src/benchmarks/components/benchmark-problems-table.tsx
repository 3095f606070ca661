import { useTranslation } from 'react-i18next';
import type { BenchmarkProblem } from '../api/benchmark-types';

interface BenchmarkProblemsTableProps {
  problems: BenchmarkProblem[];
  total: number;
}

/** Every problem of a file, where it is and what is wrong, in the reader's language. */
export function BenchmarkProblemsTable({ problems, total }: BenchmarkProblemsTableProps) {
  const { t } = useTranslation(['benchmarks']);
  return (
    <div className="alert alert-error" role="alert" data-testid="benchmark-problems">
      <p className="alert-title">{t('benchmarks:import.problemsTitle', { count: total })}</p>
      <p>{t('benchmarks:import.nothingImported')}</p>
      {total > problems.length && <p className="small">{t('benchmarks:import.problemsShown', { shown: problems.length, total })}</p>}
      <div className="table-scroll" role="region" aria-label={t('benchmarks:import.problemsTitle', { count: total })} tabIndex={0}>
        <table className="table table-dense" data-testid="benchmark-problems-table">
          <thead>
            <tr>
              <th scope="col">{t('benchmarks:import.row')}</th>
              <th scope="col">{t('benchmarks:import.column')}</th>
              <th scope="col">{t('benchmarks:import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={`${problem.row ?? 'file'}-${problem.column ?? ''}-${index}`} data-testid="benchmark-problem">
                <td className="numeric">{problem.row ?? t('benchmarks:import.wholeFile')}</td>
                <td className="mono">{problem.column ?? '—'}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
