import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/current-language';
import type { SurveyInstrument } from '../api/survey-instrument';
import { instrumentTitle, publishedVersion } from '../utils/instrument-title';

interface InstrumentPickerProps {
  instruments: readonly SurveyInstrument[];
  selectedId: string | null;
  onSelect: (instrument: SurveyInstrument) => void;
  /** Why nothing is offered: no participant chosen yet, or nothing fits their group. */
  emptyText: string;
  testIdPrefix: string;
}

export function InstrumentPicker({ instruments, selectedId, onSelect, emptyText, testIdPrefix }: InstrumentPickerProps) {
  const { t } = useTranslation(['tablet']);
  const id = useId();
  const language = currentLanguage();
  if (instruments.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <fieldset className="choice-group">
      <legend className="visually-hidden">{t('tablet:instrument.legend')}</legend>
      {instruments.map((instrument) => (
        <label key={instrument.id} className="choice">
          <input
            type="radio"
            name={`${id}-instrument`}
            checked={selectedId === instrument.id}
            onChange={() => onSelect(instrument)}
            data-testid={`${testIdPrefix}-instrument`}
            data-key={instrument.key}
          />
          <span className="choice-text">
            <span className="choice-title">{instrumentTitle(instrument, language)}</span>
            <span className="choice-hint">{t('tablet:instrument.version', { version: publishedVersion(instrument) ?? '–' })}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
