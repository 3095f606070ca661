import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useExportJobs, useExportKinds } from '../hooks/use-exports';
import { ExportForm } from './export-form';
import { ExportJobsTable } from './export-jobs-table';

/** Exports of the combined findings (project leads): start one, follow it, download it. */
export function ExportsPage() {
  const { t } = useTranslation(['exports']);
  usePageTitle(t('exports:page.title'));
  const kinds = useExportKinds();
  const jobs = useExportJobs();
  return (
    <section className="page" data-testid="exports-page">
      <h1>{t('exports:page.title')}</h1>
      <p className="lead">{t('exports:page.intro')}</p>
      {kinds.isPending && <LoadingState />}
      {kinds.isError && <ErrorAlert error={kinds.error} onRetry={() => void kinds.refetch()} />}
      {kinds.data && <ExportForm kinds={kinds.data} />}
      <h2>{t('exports:page.jobs')}</h2>
      {jobs.isPending && <LoadingState />}
      {jobs.isError && <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.data && <ExportJobsTable jobs={jobs.data} />}
    </section>
  );
}
