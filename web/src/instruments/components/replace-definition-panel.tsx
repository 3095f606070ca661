import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SuccessAlert } from '../../ui/components/success-alert';
import type { InstrumentVersion } from '../api/instrument';
import { MAX_DEFINITION_LENGTH } from '../api/max-definition-length';
import { useReplaceDefinition } from '../hooks/use-replace-definition';
import { isStaleRevision } from '../utils/is-stale-revision';
import { readFile } from '../utils/read-file';
import { FileDropField } from './file-drop-field';
import { InstrumentErrorAlert } from './instrument-error-alert';

interface ReplaceDefinitionPanelProps {
  version: InstrumentVersion;
  /** Fetches the draft again, after someone else changed it. */
  onReload: () => void;
}

/** Swaps a draft's SurveyJS definition for a corrected file, unless someone else saved the draft meanwhile. */
export function ReplaceDefinitionPanel({ version, onReload }: ReplaceDefinitionPanelProps) {
  const { t } = useTranslation(['instruments', 'common']);
  const replace = useReplaceDefinition(version.id);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<'file' | 'fileRead' | 'fileTooLarge' | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setProblem('file');
    let definitionText: string;
    try {
      definitionText = await readFile(file, 'text');
    } catch {
      return setProblem('fileRead');
    }
    if (definitionText.length > MAX_DEFINITION_LENGTH) return setProblem('fileTooLarge');
    setProblem(null);
    replace.mutate({ definitionText, revision: version.revision }, { onSuccess: () => setFile(null) });
  };

  return (
    <section className="panel" aria-labelledby="replace-title">
      <h2 id="replace-title">{t('instruments:replace.title')}</h2>
      <p className="muted">{t('instruments:replace.intro')}</p>
      {replace.isSuccess && (
        <SuccessAlert testId="definition-replaced">
          <p className="alert-title">{t('instruments:replace.success')}</p>
        </SuccessAlert>
      )}
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t(`instruments:import.errors.${problem}`)}</p>
        </div>
      )}
      {replace.isError && (
        <InstrumentErrorAlert
          error={replace.error}
          testId="replace-error"
          action={
            isStaleRevision(replace.error)
              ? {
                  label: t('instruments:stale.reload'),
                  onClick: () => {
                    replace.reset();
                    onReload();
                  },
                }
              : undefined
          }
        />
      )}
      <form className="form form-narrow" onSubmit={(event) => void submit(event)} noValidate>
        <FileDropField
          id="replace-file"
          label={t('instruments:replace.file')}
          accept=".json,application/json"
          file={file}
          onFile={(chosen) => {
            setFile(chosen);
            setProblem(null);
            replace.reset();
          }}
          invalid={problem !== null}
          testId="replace-file"
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={replace.isPending} data-testid="replace-submit">
            {replace.isPending ? t('instruments:replace.submitting') : t('instruments:replace.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
