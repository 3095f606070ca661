import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transcript } from '../../../transcripts/api/transcript';
import { ErrorAlert } from '../../../ui/components/error-alert';
import { useGenerateSuggestions } from '../hooks/use-generate-suggestions';

interface GenerateSuggestionsFormProps {
  transcripts: readonly Transcript[];
}

/** Choose transcripts and a confidence threshold, then (re)generate the suggestions for them. */
export function GenerateSuggestionsForm({ transcripts }: GenerateSuggestionsFormProps) {
  const { t } = useTranslation(['textAnalysis', 'participants', 'common']);
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [threshold, setThreshold] = useState(50);
  const generate = useGenerateSuggestions();
  const toggle = (transcriptId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(transcriptId);
    else next.delete(transcriptId);
    setSelected(next);
  };

  return (
    <form
      className="suggestions-generate"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (selected.size > 0) generate.mutate({ transcriptIds: [...selected], minConfidence: threshold / 100 });
      }}
      data-testid="generate-suggestions"
    >
      <h2 id={`${id}-heading`}>{t('textAnalysis:generate.heading')}</h2>
      <p className="muted">{t('textAnalysis:generate.explanation')}</p>
      <fieldset className="suggestions-transcripts">
        <legend>{t('textAnalysis:generate.transcripts', { count: selected.size, total: transcripts.length })}</legend>
        <div className="filters-actions">
          <button type="button" className="button-secondary" onClick={() => setSelected(new Set(transcripts.map((tr) => tr.id)))}>
            {t('textAnalysis:generate.all')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setSelected(new Set())}>
            {t('textAnalysis:generate.none')}
          </button>
        </div>
        {transcripts.length === 0 ? (
          <p className="empty">{t('textAnalysis:generate.noTranscripts')}</p>
        ) : (
          <ul className="suggestions-transcript-list">
            {transcripts.map((transcript) => (
              <li key={transcript.id}>
                <input
                  id={`${id}-${transcript.id}`}
                  type="checkbox"
                  checked={selected.has(transcript.id)}
                  onChange={(event) => toggle(transcript.id, event.target.checked)}
                  data-testid="generate-transcript"
                  data-participant={transcript.participantCode}
                />
                <label htmlFor={`${id}-${transcript.id}`}>
                  {transcript.participantCode} · {t(`participants:groups.${transcript.group}`)} · {transcript.language.toUpperCase()}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-threshold`}>{t('textAnalysis:generate.threshold', { percent: threshold })}</label>
        <input id={`${id}-threshold`} type="range" min={10} max={95} step={5} value={threshold} onChange={(event) => setThreshold(Number(event.target.value))} />
        <p className="muted field-hint">{t('textAnalysis:generate.thresholdHint')}</p>
      </div>
      <button type="submit" className="button button-primary" disabled={selected.size === 0 || generate.isPending} data-testid="generate-submit">
        {generate.isPending ? t('textAnalysis:generate.running') : t('textAnalysis:generate.submit')}
      </button>
      {generate.isError && <ErrorAlert error={generate.error} />}
      {generate.data && (
        <div className="alert alert-success" role="status" data-testid="generate-result">
          <p>{t('textAnalysis:generate.result', { count: generate.data.created })}</p>
          {generate.data.skipped.map((skip) => (
            <p key={skip.language}>{t('textAnalysis:generate.skipped', { language: t(`common:languageNames.${skip.language}`), passages: skip.passages })}</p>
          ))}
        </div>
      )}
    </form>
  );
}
