import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transcript } from '../../../transcripts/api/transcript';

interface TranscriptPickerProps {
  transcripts: readonly Transcript[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

/** Which transcripts an analysis covers: a collapsible checklist, all of them by default. */
export function TranscriptPicker({ transcripts, selected, onChange }: TranscriptPickerProps) {
  const { t } = useTranslation(['analysis', 'participants']);
  const id = useId();
  const toggle = (transcriptId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(transcriptId);
    else next.delete(transcriptId);
    onChange(next);
  };
  return (
    <details className="analysis-picker" data-testid="transcript-picker">
      <summary>{t('analysis:picker.transcripts', { count: selected.size, total: transcripts.length })}</summary>
      <div className="analysis-picker-actions">
        <button type="button" className="button-secondary" onClick={() => onChange(new Set(transcripts.map((tr) => tr.id)))}>
          {t('analysis:picker.all')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onChange(new Set())}>
          {t('analysis:picker.none')}
        </button>
      </div>
      <ul className="analysis-picker-list">
        {transcripts.map((transcript) => (
          <li key={transcript.id}>
            <input id={`${id}-${transcript.id}`} type="checkbox" checked={selected.has(transcript.id)} onChange={(event) => toggle(transcript.id, event.target.checked)} />
            <label htmlFor={`${id}-${transcript.id}`}>
              {transcript.participantCode} · {t(`participants:groups.${transcript.group}`)} · {transcript.language.toUpperCase()}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
