import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QdpxImportSummary } from '../api/refi-qda';
import { NotCarriedList } from './not-carried-list';

/** Step 3: what was stored, with links to the new transcripts, and what was not carried over. */
export function QdpxImportSummaryView({ headingRef, summary }: { headingRef: RefObject<HTMLHeadingElement | null>; summary: QdpxImportSummary }) {
  const { t } = useTranslation(['refiQda']);
  return (
    <section className="panel" data-testid="qdpx-summary">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('refiQda:summary.title')}
      </h2>
      <ul className="refi-qda-counts">
        <li data-testid="qdpx-summary-transcripts">{t('refiQda:summary.transcripts', { count: summary.transcripts.length })}</li>
        <li>{t('refiQda:summary.codes', { created: summary.codesCreated, matched: summary.codesMatched })}</li>
        <li data-testid="qdpx-summary-codings">{t('refiQda:summary.codings', { count: summary.codings })}</li>
        <li>{t('refiQda:summary.memos', { count: summary.memos })}</li>
      </ul>
      {summary.transcripts.length > 0 && (
        <ul className="refi-qda-transcripts">
          {summary.transcripts.map((transcript) => (
            <li key={transcript.id}>
              <Link to={`/transcripts/${transcript.id}`}>{t('refiQda:summary.transcript', { name: transcript.name, participant: transcript.participantCode, count: transcript.codings })}</Link>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('refiQda:notCarried.title')}</h3>
      <NotCarriedList items={summary.notCarried} />
      <p>
        <Link to="/transcripts">{t('refiQda:summary.toTranscripts')}</Link>
      </p>
    </section>
  );
}
