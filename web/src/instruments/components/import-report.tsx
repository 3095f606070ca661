import { useTranslation } from 'react-i18next';
import type { InstrumentReport } from '../api/instrument-report';
import { CoverageList } from './coverage-list';
import { ProblemList } from './problem-list';

/** The server's check of an imported file: problems, then translation coverage per language. */
export function ImportReport({ report }: { report: InstrumentReport }) {
  const { t } = useTranslation(['instruments']);
  return (
    <div className="import-report" data-testid="import-report">
      <h3>{t('instruments:report.title')}</h3>
      <h4>{t('instruments:report.problems')}</h4>
      {report.problems.length === 0 ? (
        <p className="muted" data-testid="no-problems">
          {t('instruments:report.noProblems')}
        </p>
      ) : (
        <ProblemList problems={report.problems} />
      )}
      <h4>{t('instruments:report.coverage')}</h4>
      <CoverageList coverage={report.translation} />
    </div>
  );
}
