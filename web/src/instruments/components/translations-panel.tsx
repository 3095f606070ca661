import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SuccessAlert } from '../../ui/components/success-alert';
import type { InstrumentVersion } from '../api/instrument';
import { useImportTranslations } from '../hooks/use-import-translations';
import { isStaleRevision } from '../utils/is-stale-revision';
import { readFile } from '../utils/read-file';
import { translationFormatOf } from '../utils/translation-format-of';
import { FileDropField } from './file-drop-field';
import { InstrumentErrorAlert } from './instrument-error-alert';
import { TranslationChangesTable } from './translation-changes-table';

interface TranslationsPanelProps {
  version: InstrumentVersion;
  /** Fetches the draft again, after someone else changed it. */
  onReload: () => void;
}

/** Brings a translated spreadsheet (CSV or XLSX, as exported) back into a draft and shows what changed. */
export function TranslationsPanel({ version, onReload }: TranslationsPanelProps) {
  const { t } = useTranslation(['instruments', 'common']);
  const importTranslations = useImportTranslations(version.id);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<'file' | 'fileRead' | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const format = file ? translationFormatOf(file.name) : null;
    if (!file || !format) return setProblem('file');
    let content: string;
    try {
      // The API takes CSV as text and XLSX (a zip) as base64.
      content = await readFile(file, format === 'csv' ? 'text' : 'base64');
    } catch {
      return setProblem('fileRead');
    }
    setProblem(null);
    importTranslations.mutate({ format, content, revision: version.revision }, { onSuccess: () => setFile(null) });
  };

  const result = importTranslations.data;

  return (
    <section className="panel" aria-labelledby="translations-title">
      <h2 id="translations-title">{t('instruments:translations.title')}</h2>
      <p className="muted">{t('instruments:translations.intro')}</p>

      {result && (
        <SuccessAlert testId="translations-imported">
          <p className="alert-title">
            {result.changes.length === 0
              ? t('instruments:translations.noChanges')
              : t('instruments:translations.changed', { count: result.changes.length })}
          </p>
          {result.changes.length > 0 && <TranslationChangesTable changes={result.changes} />}
          {result.unknownPaths.length > 0 && (
            <>
              <p>{t('instruments:translations.unknownPaths')}</p>
              <ul className="alert-list" data-testid="unknown-paths">
                {result.unknownPaths.map((path) => (
                  <li key={path}>
                    <code className="code code-wrap">{path}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </SuccessAlert>
      )}
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">
            {problem === 'file' ? t('instruments:translations.errors.file') : t('instruments:import.errors.fileRead')}
          </p>
        </div>
      )}
      {importTranslations.isError && (
        <InstrumentErrorAlert
          error={importTranslations.error}
          testId="translations-error"
          action={
            isStaleRevision(importTranslations.error)
              ? {
                  label: t('instruments:stale.reload'),
                  onClick: () => {
                    importTranslations.reset();
                    onReload();
                  },
                }
              : undefined
          }
        />
      )}

      <form className="form form-narrow" onSubmit={(event) => void submit(event)} noValidate>
        <FileDropField
          id="translations-file"
          label={t('instruments:translations.file')}
          hint={t('instruments:translations.fileHint')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          file={file}
          onFile={(chosen) => {
            setFile(chosen);
            setProblem(null);
          }}
          invalid={problem !== null}
          testId="translations-file"
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={importTranslations.isPending} data-testid="translations-submit">
            {importTranslations.isPending ? t('instruments:translations.submitting') : t('instruments:translations.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
