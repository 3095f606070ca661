import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CodingNav } from '../../coding/components/coding-nav';
import { RefiQdaActions } from '../../refi-qda/components/refi-qda-actions';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useTranscriptFilters } from '../hooks/use-transcript-filters';
import { useTranscripts } from '../hooks/use-transcripts';
import { TranscriptFiltersBar } from './transcript-filters-bar';
import { TranscriptsTable } from './transcripts-table';

/** The interviews of the project (or one's center), filtered by group, center and language. */
export function TranscriptsPage() {
  const { t } = useTranslation(['coding', 'common']);
  usePageTitle(t('coding:transcripts.title'));
  const [filters, setFilters] = useTranscriptFilters();
  const transcripts = useTranscripts(filters);
  const filtered = Boolean(filters.group || filters.center || filters.language);

  return (
    <section className="page" data-testid="transcripts-page">
      <CodingNav />
      <div className="coding-heading">
        <h1>{t('coding:transcripts.title')}</h1>
        <Link className="button button-primary" to="/transcripts/import" data-testid="transcript-import-open">
          {t('coding:transcripts.import')}
        </Link>
        <RefiQdaActions />
      </div>
      <p className="lead">{t('coding:transcripts.intro')}</p>

      <section className="panel" aria-labelledby="transcripts-list-title">
        <h2 id="transcripts-list-title">{t('coding:transcripts.listTitle')}</h2>
        <TranscriptFiltersBar filters={filters} onChange={setFilters} />
        {transcripts.isPending && <LoadingState />}
        {transcripts.isError && <ErrorAlert error={transcripts.error} onRetry={() => void transcripts.refetch()} />}
        {transcripts.data && (
          <>
            <p className="muted small" role="status" aria-live="polite" data-testid="transcript-count">
              {t('coding:transcripts.count', { count: transcripts.data.length })}
            </p>
            {transcripts.data.length === 0 ? (
              <p className="empty">{filtered ? t('coding:transcripts.emptyFiltered') : t('coding:transcripts.empty')}</p>
            ) : (
              <TranscriptsTable transcripts={transcripts.data} refreshing={transcripts.isPlaceholderData} />
            )}
          </>
        )}
      </section>
    </section>
  );
}
