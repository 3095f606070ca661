import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { passageHash } from '../../../coding/utils/passage-hash';
import type { Transcript } from '../../../transcripts/api/transcript';
import type { Disagreement } from '../api/agreement-report';

interface DisagreementListProps {
  disagreements: readonly Disagreement[];
  method: string;
  transcripts: readonly Transcript[];
  codeLabel: (codeId: string) => string;
  coderLabel: (coderId: string) => string;
}

const FIRST_PAGE = 50;

/** Where coders differ, each passage linked to the reader at its position (#start=…&end=…). */
export function DisagreementList({ disagreements, method, transcripts, codeLabel, coderLabel }: DisagreementListProps) {
  const { t } = useTranslation(['analysis']);
  const id = useId();
  const [codeId, setCodeId] = useState('');
  const [showAll, setShowAll] = useState(false);
  const participantOf = useMemo(() => new Map(transcripts.map((tr) => [tr.id, tr.participantCode])), [transcripts]);
  const codeIds = useMemo(() => [...new Set(disagreements.map((d) => d.codeId))].sort((a, b) => codeLabel(a).localeCompare(codeLabel(b))), [disagreements, codeLabel]);
  const filtered = codeId ? disagreements.filter((d) => d.codeId === codeId) : disagreements;
  const shown = showAll ? filtered : filtered.slice(0, FIRST_PAGE);

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="disagreement-list">
      <h2 id={`${id}-title`}>{t('analysis:disagreements.title', { count: disagreements.length })}</h2>
      <p className="small muted">{method}</p>
      {disagreements.length === 0 ? (
        <p className="empty">{t('analysis:disagreements.none')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-code`}>{t('analysis:disagreements.code')}</label>
            <select id={`${id}-code`} className="select" value={codeId} onChange={(event) => setCodeId(event.target.value)}>
              <option value="">{t('analysis:disagreements.allCodes')}</option>
              {codeIds.map((c) => (
                <option key={c} value={c}>
                  {codeLabel(c)}
                </option>
              ))}
            </select>
          </div>
          <ol className="analysis-disagreements">
            {shown.map((d) => (
              <li key={`${d.transcriptId}-${d.codeId}-${d.start}-${d.codedBy}-${d.missingFrom}`} data-testid="disagreement">
                <Link to={`/transcripts/${encodeURIComponent(d.transcriptId)}${passageHash(d.start, d.end)}`} data-testid="disagreement-link">
                  {participantOf.get(d.transcriptId) ?? d.transcriptId.slice(0, 8)} · {t('analysis:disagreements.position', { start: d.start, end: d.end })}
                </Link>{' '}
                <strong>{codeLabel(d.codeId)}</strong>
                <span className="muted"> — {t('analysis:disagreements.codedBy', { coder: coderLabel(d.codedBy), other: coderLabel(d.missingFrom) })}</span>
              </li>
            ))}
          </ol>
          {filtered.length > shown.length && (
            <button type="button" className="button-secondary" onClick={() => setShowAll(true)}>
              {t('analysis:disagreements.showAll', { count: filtered.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
