import { useTranslation } from 'react-i18next';
import type { ExportJob } from '../api/export-types';
import { downloadUrl } from '../api/exports-api';
import { useRemoveExport } from '../hooks/use-exports';
import { formatBytes, isActive, progressPercent } from '../utils/job-progress';
import { useExportKindLabel } from './export-kind-label';

/** Every export with its live progress; finished ones can be downloaded, any can be cancelled or removed. */
export function ExportJobsTable({ jobs }: { jobs: readonly ExportJob[] }) {
  const { t, i18n } = useTranslation(['exports']);
  const kindLabel = useExportKindLabel();
  const remove = useRemoveExport();
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  if (jobs.length === 0) return <p className="empty">{t('exports:page.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="table table-dense" data-testid="export-jobs">
        <thead>
          <tr>
            <th scope="col">{t('exports:page.kind')}</th>
            <th scope="col">{t('exports:page.language')}</th>
            <th scope="col">{t('exports:page.requestedAt')}</th>
            <th scope="col">{t('exports:page.status')}</th>
            <th scope="col">{t('exports:page.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => {
            const percent = progressPercent(job);
            return (
              <tr key={job.id} data-testid="export-job" data-status={job.status}>
                <td>{kindLabel(job.kind)}</td>
                <td className="mono">{job.language}</td>
                <td className="nowrap">{dateTime.format(new Date(job.createdAt))}</td>
                <td>
                  <span className={`export-status export-status-${job.status}`}>{t(`exports:status.${job.status}`)}</span>
                  {isActive(job.status) && (
                    <progress className="export-progress" max={100} value={percent ?? undefined} aria-label={t('exports:page.progress')}>
                      {percent === null ? '' : `${percent} %`}
                    </progress>
                  )}
                  {job.status === 'failed' && job.errorCode && <span className="small muted mono"> {job.errorCode}</span>}
                  {job.status === 'expired' && (
                    <span className="small muted" data-testid="export-expiry">
                      {' '}
                      {t(job.errorCode === 'EXPORT_ERASED' ? 'exports:expiry.EXPORT_ERASED' : 'exports:expiry.EXPORT_EXPIRED')}
                    </span>
                  )}
                </td>
                <td className="nowrap">
                  {job.status === 'done' && (
                    <a className="button button-secondary" href={downloadUrl(job.id)} download={job.fileName ?? undefined} data-testid="export-download">
                      {t('exports:page.download')}
                      {job.byteSize !== null && <span className="small"> ({formatBytes(job.byteSize, i18n.language)})</span>}
                    </a>
                  )}{' '}
                  <button type="button" className="button button-secondary" disabled={remove.isPending} onClick={() => remove.mutate(job.id)} data-testid="export-remove">
                    {isActive(job.status) ? t('exports:page.cancel') : t('exports:page.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
