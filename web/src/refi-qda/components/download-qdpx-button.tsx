import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert';
import { refiQdaApi } from '../api/refi-qda-api';
import { useRefiQdaExport } from '../hooks/use-refi-qda-export';

/**
 * "Download as REFI-QDA project": starts the export job (project leads), follows its progress and
 * offers the file when it is ready. The file is built in the background, so a large project
 * survives a closed tab; it is also listed with the other exports.
 */
export function DownloadQdpxButton() {
  const { t, i18n } = useTranslation(['refiQda']);
  const [jobId, setJobId] = useState<string | null>(null);
  const { start, job } = useRefiQdaExport(jobId);
  const status = job.data?.status;
  const percent = job.data && job.data.progress.total > 0 ? Math.round((100 * job.data.progress.done) / job.data.progress.total) : 0;

  return (
    <div className="refi-qda-export" data-testid="qdpx-export">
      {status === 'done' && jobId ? (
        <a className="button" href={refiQdaApi.downloadUrl(jobId)} download={job.data?.fileName ?? undefined} data-testid="qdpx-export-download">
          {t('refiQda:export.ready')}
        </a>
      ) : (
        <button
          className="button"
          type="button"
          disabled={start.isPending || status === 'queued' || status === 'running'}
          onClick={() => start.mutate(i18n.resolvedLanguage ?? 'en', { onSuccess: ({ id }) => setJobId(id) })}
          data-testid="qdpx-export-start"
        >
          {status === 'queued' || status === 'running' ? t('refiQda:export.running', { percent }) : t('refiQda:export.start')}
        </button>
      )}
      {status === 'failed' && <p className="field-error">{t('refiQda:export.failed')}</p>}
      {(start.isError || job.isError) && <ErrorAlert error={start.error ?? job.error} />}
    </div>
  );
}
