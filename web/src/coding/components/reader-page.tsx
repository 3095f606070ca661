import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCodebook } from '../../codebook/hooks/use-codebook';
import { useTranscript } from '../../transcripts/hooks/use-transcript';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useCodings } from '../hooks/use-codings';
import { CodingWorkspace } from './coding-workspace';

/** /transcripts/:id — read and code one interview. */
export function ReaderPage() {
  const { t } = useTranslation(['coding']);
  const { id = '' } = useParams();
  const transcript = useTranscript(id);
  const codebook = useCodebook();
  const codings = useCodings(id);
  usePageTitle(transcript.data ? t('coding:reader.pageTitle', { code: transcript.data.transcript.participantCode }) : t('coding:reader.loadingTitle'));

  const failed = transcript.error ?? codebook.error ?? codings.error;
  return (
    <section className="page reader-page" data-testid="reader-page">
      <p className="breadcrumb">
        <Link to="/transcripts">{t('coding:reader.back')}</Link>
      </p>
      {failed ? (
        <ErrorAlert
          error={failed}
          onRetry={() => {
            void transcript.refetch();
            void codebook.refetch();
            void codings.refetch();
          }}
        />
      ) : transcript.data && codebook.data && codings.data ? (
        // A fresh workspace per transcript: selection, focus and open coding never carry over.
        <CodingWorkspace key={id} detail={transcript.data} codes={codebook.data} codings={codings.data} />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}
