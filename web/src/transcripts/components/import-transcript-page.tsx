import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import type { ImportDetails } from '../api/import-details';
import { usePreviewTranscript } from '../hooks/use-preview-transcript';
import { isInterviewMonth } from '../utils/is-interview-month';
import { isTranscriptFile } from '../utils/is-transcript-file';
import { parseLines } from '../utils/parse-lines';
import { readFileAsBase64 } from '../utils/read-file-as-base64';
import { speakerOptionsOf } from '../utils/speaker-options-of';
import { ImportDetailsForm, type ImportProblem } from './import-details-form';
import { PseudonymizePreview } from './pseudonymize-preview';

/** The API takes files up to 5 MB (sent as base64 in JSON). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const EMPTY: ImportDetails = { participant: null, month: '', file: null, names: '', interviewerLabels: '', participantLabels: '' };

/**
 * Importing an interview in two steps: the details and the file, then a check of every identifier
 * the server found before anything is stored. Only the pseudonymized text is ever saved.
 */
export function ImportTranscriptPage() {
  const { t } = useTranslation(['coding', 'common']);
  usePageTitle(t('coding:import.title'));
  const [details, setDetails] = useState<ImportDetails>(EMPTY);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [upload, setUpload] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [step, setStep] = useState<'details' | 'preview'>('details');
  const preview = usePreviewTranscript();
  const heading = useRef<HTMLHeadingElement>(null);

  // A new step is announced by moving focus to its heading.
  useEffect(() => heading.current?.focus(), [step]);

  const change = (changes: Partial<ImportDetails>) => {
    setDetails((current) => ({ ...current, ...changes }));
    if ('file' in changes) {
      setUpload(null);
      preview.reset();
    }
    setProblem(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { participant, month, file } = details;
    if (!participant) return setProblem('participant');
    if (!isInterviewMonth(month)) return setProblem('month');
    if (!file) return setProblem('file');
    if (!isTranscriptFile(file.name)) return setProblem('fileType');
    if (file.size === 0) return setProblem('fileEmpty');
    if (file.size > MAX_FILE_BYTES) return setProblem('fileTooLarge');
    setProblem(null);
    let contentBase64 = upload?.contentBase64;
    if (!contentBase64) {
      setProgress(0);
      try {
        contentBase64 = await readFileAsBase64(file, setProgress);
      } catch {
        return setProblem('fileRead');
      } finally {
        setProgress(null);
      }
      setUpload({ fileName: file.name, contentBase64 });
    }
    // Names shorter than two letters would match everywhere; the server refuses them.
    const names = parseLines(details.names, { min: 2, max: 80 });
    const speakerOptions = speakerOptionsOf(details);
    preview.mutate(
      {
        fileName: file.name,
        contentBase64,
        language: participant.language,
        ...(names.length > 0 ? { names } : {}),
        ...(speakerOptions ? { speakerOptions } : {}),
      },
      { onSuccess: () => setStep('preview') },
    );
  };

  return (
    <section className="page" data-testid="transcript-import-page">
      <p className="breadcrumb">
        <Link to="/transcripts">{t('coding:import.back')}</Link>
      </p>
      <h1>{t('coding:import.title')}</h1>
      <ol className="coding-steps" aria-label={t('coding:import.steps')}>
        <li aria-current={step === 'details' ? 'step' : undefined}>{t('coding:import.stepDetails')}</li>
        <li aria-current={step === 'preview' ? 'step' : undefined}>{t('coding:import.stepPreview')}</li>
      </ol>

      {step === 'details' || !preview.data || !upload || !details.participant ? (
        <ImportDetailsForm
          headingRef={heading}
          details={details}
          onChange={change}
          onSubmit={(event) => void submit(event)}
          problem={problem}
          progress={progress}
          checking={preview.isPending}
          error={preview.error}
        />
      ) : (
        <PseudonymizePreview
          headingRef={heading}
          preview={preview.data}
          upload={upload}
          participant={details.participant}
          month={details.month}
          speakerOptions={speakerOptionsOf(details)}
          onBack={() => setStep('details')}
        />
      )}
    </section>
  );
}
