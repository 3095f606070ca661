import type { FormEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropField } from '../../instruments/components/file-drop-field';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { ImportDetails } from '../api/import-details';
import { TRANSCRIPT_FILE_TYPES } from '../utils/transcript-file-types';
import { ParticipantChoice } from './participant-choice';

export type ImportProblem = 'participant' | 'month' | 'file' | 'fileType' | 'fileEmpty' | 'fileTooLarge' | 'fileRead';

interface ImportDetailsFormProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  details: ImportDetails;
  onChange: (changes: Partial<ImportDetails>) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  problem: ImportProblem | null;
  /** 0–1 while the file is being read, else null. */
  progress: number | null;
  checking: boolean;
  error: unknown;
}

/** Step 1: whose interview, when, which file, and the names to look out for. */
export function ImportDetailsForm({ headingRef, details, onChange, onSubmit, problem, progress, checking, error }: ImportDetailsFormProps) {
  const { t, i18n } = useTranslation(['coding', 'common']);
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { style: 'percent' });
  const busy = progress !== null || checking;

  return (
    <section className="panel" aria-labelledby="import-details-title">
      <h2 id="import-details-title" ref={headingRef} tabIndex={-1}>
        {t('coding:import.detailsTitle')}
      </h2>
      <p className="muted">{t('coding:import.detailsIntro')}</p>
      {problem && (
        <div className="alert alert-error" role="alert" data-testid="import-problem">
          <p className="alert-title">{t(`coding:import.problems.${problem}`)}</p>
        </div>
      )}
      {Boolean(error) && <ErrorAlert error={error} testId="import-preview-error" />}

      <form className="form form-grid" onSubmit={onSubmit} noValidate>
        <ParticipantChoice selected={details.participant} onSelect={(participant) => onChange({ participant })} invalid={problem === 'participant'} />
        <div className="field">
          <label htmlFor="import-month">{t('coding:import.month')}</label>
          <input
            id="import-month"
            className="input"
            type="month"
            value={details.month}
            max={new Date().toISOString().slice(0, 7)}
            aria-invalid={problem === 'month' ? true : undefined}
            aria-describedby="import-month-hint"
            onChange={(event) => onChange({ month: event.target.value })}
            data-testid="import-month"
          />
          <p id="import-month-hint" className="field-hint">
            {t('coding:import.monthHint')}
          </p>
        </div>
        <div className="form-row-full">
          <FileDropField
            id="import-file"
            label={t('coding:import.file')}
            hint={t('coding:import.fileHint', { types: TRANSCRIPT_FILE_TYPES.join(' ') })}
            accept={TRANSCRIPT_FILE_TYPES.join(',')}
            file={details.file}
            onFile={(file) => onChange({ file })}
            invalid={problem === 'file' || problem === 'fileType' || problem === 'fileEmpty' || problem === 'fileTooLarge' || problem === 'fileRead'}
            testId="import-file"
          />
        </div>
        <details className="form-row-full optional-fields">
          <summary>{t('coding:import.optional')}</summary>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="import-names">{t('coding:import.names')}</label>
              <textarea
                id="import-names"
                className="input coding-textarea"
                rows={4}
                spellCheck={false}
                aria-describedby="import-names-hint"
                value={details.names}
                onChange={(event) => onChange({ names: event.target.value })}
                data-testid="import-names"
              />
              <p id="import-names-hint" className="field-hint">
                {t('coding:import.namesHint')}
              </p>
            </div>
            <div className="field">
              <label htmlFor="import-interviewer-labels">{t('coding:import.interviewerLabels')}</label>
              <textarea
                id="import-interviewer-labels"
                className="input coding-textarea"
                rows={2}
                spellCheck={false}
                aria-describedby="import-labels-hint"
                value={details.interviewerLabels}
                onChange={(event) => onChange({ interviewerLabels: event.target.value })}
                data-testid="import-interviewer-labels"
              />
            </div>
            <div className="field">
              <label htmlFor="import-participant-labels">{t('coding:import.participantLabels')}</label>
              <textarea
                id="import-participant-labels"
                className="input coding-textarea"
                rows={2}
                spellCheck={false}
                aria-describedby="import-labels-hint"
                value={details.participantLabels}
                onChange={(event) => onChange({ participantLabels: event.target.value })}
                data-testid="import-participant-labels"
              />
            </div>
            <p id="import-labels-hint" className="field-hint form-row-full">
              {t('coding:import.labelsHint')}
            </p>
          </div>
        </details>
        {progress !== null && (
          <div className="form-row-full coding-progress" role="status" data-testid="import-reading">
            <label htmlFor="import-progress">{t('coding:import.reading', { percent: percent.format(progress) })}</label>
            <progress id="import-progress" max={1} value={progress} />
          </div>
        )}
        {checking && (
          <div className="form-row-full">
            <p className="muted" role="status" data-testid="import-checking">
              {t('coding:import.checking')}
            </p>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy} data-testid="import-preview">
            {busy ? t('coding:import.previewing') : t('coding:import.preview')}
          </button>
        </div>
      </form>
    </section>
  );
}
