import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Instrument, InstrumentVersion } from '../api/instrument';
import { MAX_DEFINITION_LENGTH } from '../api/max-definition-length';
import { useCreateDraft } from '../hooks/use-create-draft';
import { newestVersion } from '../utils/newest-version';
import { readFile } from '../utils/read-file';
import { FileDropField } from './file-drop-field';
import { InstrumentErrorAlert } from './instrument-error-alert';

interface NewDraftPanelProps {
  version: InstrumentVersion;
  /** The instrument with all its versions, once the library has loaded. */
  instrument: Instrument | undefined;
}

/** Starts the next version: a copy of the newest one, or a new SurveyJS file; then opens it. */
export function NewDraftPanel({ version, instrument }: NewDraftPanelProps) {
  const { t } = useTranslation(['instruments', 'common']);
  const navigate = useNavigate();
  const createDraft = useCreateDraft(version.instrumentId);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<'file' | 'fileRead' | 'fileTooLarge' | null>(null);
  const newest = newestVersion(instrument?.versions ?? []) ?? version;
  const openDraft = instrument?.versions.find((candidate) => candidate.status === 'draft' && candidate.id !== version.id);

  const create = (definitionText?: string) =>
    createDraft.mutate(definitionText, {
      onSuccess: (result) =>
        void navigate(`/instruments/${encodeURIComponent(result.instrument.id)}/versions/${encodeURIComponent(result.versionId)}`),
    });

  const createFromFile = async () => {
    if (!file) return setProblem('file');
    let text: string;
    try {
      text = await readFile(file, 'text');
    } catch {
      return setProblem('fileRead');
    }
    if (text.length > MAX_DEFINITION_LENGTH) return setProblem('fileTooLarge');
    setProblem(null);
    create(text);
  };

  return (
    <section className="panel" aria-labelledby="new-draft-title">
      <h2 id="new-draft-title">{t('instruments:draft.title')}</h2>
      <p className="muted">{t('instruments:draft.intro')}</p>
      {openDraft && (
        <div className="alert alert-info" role="status">
          <p className="alert-title">{t('instruments:draft.existing', { version: openDraft.version })}</p>
          <Link to={`/instruments/${encodeURIComponent(version.instrumentId)}/versions/${encodeURIComponent(openDraft.id)}`}>
            {t('instruments:draft.openExisting', { version: openDraft.version })}
          </Link>
        </div>
      )}
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t(`instruments:import.errors.${problem}`)}</p>
        </div>
      )}
      {createDraft.isError && <InstrumentErrorAlert error={createDraft.error} testId="new-draft-error" />}

      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={createDraft.isPending}
          onClick={() => create()}
          data-testid="draft-copy"
        >
          {createDraft.isPending ? t('instruments:draft.creating') : t('instruments:draft.copy', { version: newest.version })}
        </button>
      </div>

      <div className="form form-narrow draft-from-file">
        <FileDropField
          id="draft-file"
          label={t('instruments:draft.fromFile')}
          accept=".json,application/json"
          file={file}
          onFile={(chosen) => {
            setFile(chosen);
            setProblem(null);
          }}
          invalid={problem !== null}
          testId="draft-file"
        />
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={createDraft.isPending}
            onClick={() => void createFromFile()}
            data-testid="draft-from-file"
          >
            {t('instruments:draft.createFromFile')}
          </button>
        </div>
      </div>
    </section>
  );
}
