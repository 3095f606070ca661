import { useId, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../app/languages';
import { readFileAsBase64 } from '../../transcripts/utils/read-file-as-base64';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { QdpxUpload } from '../api/refi-qda';

/** The API takes projects up to 24 MB (sent as base64 in JSON). */
export const MAX_QDPX_BYTES = 24 * 1024 * 1024;

type Problem = 'file' | 'fileType' | 'fileTooLarge' | 'fileRead';

interface QdpxUploadFormProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  language: Language;
  onLanguage: (language: Language) => void;
  onUpload: (upload: QdpxUpload) => void;
  checking: boolean;
  error: unknown;
}

/** Step 1: the .qdpx file and the language its code names and notes are written in. */
export function QdpxUploadForm({ headingRef, language, onLanguage, onUpload, checking, error }: QdpxUploadFormProps) {
  const { t } = useTranslation(['refiQda', 'common']);
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setProblem('file');
    if (!/\.qdpx$/i.test(file.name)) return setProblem('fileType');
    if (file.size > MAX_QDPX_BYTES) return setProblem('fileTooLarge');
    setProblem(null);
    setProgress(0);
    try {
      onUpload({ fileName: file.name, contentBase64: await readFileAsBase64(file, setProgress) });
    } catch {
      setProblem('fileRead');
    } finally {
      setProgress(null);
    }
  };

  return (
    <form className="panel form" onSubmit={(event) => void submit(event)} noValidate>
      <h2 ref={headingRef} tabIndex={-1}>
        {t('refiQda:upload.title')}
      </h2>
      <p>{t('refiQda:upload.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('refiQda:upload.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".qdpx"
          aria-invalid={problem !== null ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setProblem(null);
          }}
          data-testid="qdpx-file"
        />
        {problem && (
          <p id={`${id}-problem`} className="field-error">
            {t(`refiQda:upload.problems.${problem}`)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('refiQda:upload.language')}</label>
        <select id={`${id}-language`} className="input" value={language} onChange={(event) => onLanguage(event.target.value as Language)} data-testid="qdpx-language">
          {LANGUAGES.map((lng) => (
            <option key={lng} value={lng}>
              {t(`common:languageNames.${lng}`)}
            </option>
          ))}
        </select>
        <p className="field-hint">{t('refiQda:upload.languageHint')}</p>
      </div>
      {progress !== null && <progress value={progress} max={1} aria-label={t('refiQda:upload.reading')} />}
      {error !== null && error !== undefined && <ErrorAlert error={error} testId="qdpx-error" />}
      <div className="actions">
        <button className="button button-primary" type="submit" disabled={checking || progress !== null} data-testid="qdpx-check">
          {checking ? t('refiQda:upload.checking') : t('refiQda:upload.check')}
        </button>
      </div>
    </form>
  );
}
