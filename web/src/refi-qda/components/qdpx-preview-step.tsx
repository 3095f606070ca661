import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import type { Language } from '../../app/languages';
import { groupCandidates } from '../../transcripts/utils/group-candidates';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { QdpxImportSummary, QdpxPreview, QdpxUpload } from '../api/refi-qda';
import { useQdpxImport } from '../hooks/use-qdpx-import';
import { sourceProblem, sourceRequests, type SourceChoice } from '../utils/source-choice';
import { NotCarriedList } from './not-carried-list';
import { QdpxSourceCard } from './qdpx-source-card';

interface QdpxPreviewStepProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  preview: QdpxPreview;
  upload: QdpxUpload;
  language: Language;
  onBack: () => void;
  onImported: (summary: QdpxImportSummary) => void;
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

/**
 * Step 2: what the file holds and what will not carry over, then per source the participant whose
 * interview it is and the identifiers to replace. Importing stores everything or nothing.
 */
export function QdpxPreviewStep({ headingRef, preview, upload, language, onBack, onImported }: QdpxPreviewStepProps) {
  const { t } = useTranslation(['refiQda', 'common']);
  const importProject = useQdpxImport();
  const [choices, setChoices] = useState<SourceChoice[]>(() =>
    preview.sources.map((source) => ({
      guid: source.guid,
      include: true,
      participant: null,
      language: isLanguage(source.suggestedLanguage) ? source.suggestedLanguage : language,
      month: thisMonth(),
      groups: groupCandidates(source.candidates),
    })),
  );
  const [showProblems, setShowProblems] = useState(false);
  const newCodes = preview.codes.filter((code) => !code.existing);
  const problems = choices.map(sourceProblem);

  const submit = () => {
    if (problems.some((problem) => problem !== null)) {
      setShowProblems(true);
      return;
    }
    importProject.mutate({ ...upload, language, sources: sourceRequests(choices) }, { onSuccess: onImported });
  };

  return (
    <div className="refi-qda-preview" data-testid="qdpx-preview">
      <section className="panel">
        <h2 ref={headingRef} tabIndex={-1}>
          {t('refiQda:preview.title', { tool: preview.tool })}
        </h2>
        <ul className="refi-qda-counts" data-testid="qdpx-counts">
          <li data-testid="qdpx-count-sources">{t('refiQda:preview.sources', { count: preview.sources.length })}</li>
          <li data-testid="qdpx-count-codes">{t('refiQda:preview.codes', { count: preview.codes.length, created: newCodes.length, tool: preview.tool })}</li>
          <li data-testid="qdpx-count-codings">{t('refiQda:preview.codings', { count: preview.codings })}</li>
          <li>{t('refiQda:preview.memos', { count: preview.memos })}</li>
          {preview.coders.length > 0 && <li>{t('refiQda:preview.coders', { coders: preview.coders.map((coder) => t('refiQda:coderCount', { label: coder.label, count: coder.codings })).join(', ') })}</li>}
        </ul>
        <p className="field-hint">{t('refiQda:preview.codersHint')}</p>
        {newCodes.length > 0 && (
          <details>
            <summary>{t('refiQda:preview.newCodes', { count: newCodes.length })}</summary>
            <ul className="refi-qda-code-list">
              {newCodes.map((code) => (
                <li key={code.guid}>{code.path.join(' › ')}</li>
              ))}
            </ul>
          </details>
        )}
        <h3>{t('refiQda:notCarried.title')}</h3>
        <NotCarriedList items={preview.notCarried} />
      </section>

      {preview.sources.length === 0 && <p className="panel">{t('refiQda:preview.noSources')}</p>}
      {preview.sources.map((source, index) => (
        <QdpxSourceCard
          key={source.guid}
          source={source}
          choice={choices[index]}
          problem={problems[index]}
          showProblem={showProblems}
          onChange={(choice) => setChoices((current) => current.map((c, i) => (i === index ? choice : c)))}
        />
      ))}

      {importProject.isError && <ErrorAlert error={importProject.error} testId="qdpx-import-error" />}
      {showProblems && problems.some((problem) => problem !== null) && (
        <p className="field-error" role="alert">
          {t('refiQda:preview.problems.summary')}
        </p>
      )}
      <div className="actions">
        <button className="button" type="button" onClick={onBack}>
          {t('refiQda:preview.back')}
        </button>
        <button className="button button-primary" type="button" onClick={submit} disabled={importProject.isPending} data-testid="qdpx-import">
          {importProject.isPending ? t('refiQda:preview.importing') : t('refiQda:preview.import')}
        </button>
      </div>
    </div>
  );
}
