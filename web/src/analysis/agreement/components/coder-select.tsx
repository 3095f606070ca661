import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoderLabel } from '../../../coding/hooks/use-coder-label';

interface CoderSelectProps {
  coderIds: readonly string[];
  value: string;
  onChange: (coderId: string) => void;
  testId: string;
}

/** Whose codings to count: all coders (a passage two coders coded counts twice) or one coder's. */
export function CoderSelect({ coderIds, value, onChange, testId }: CoderSelectProps) {
  const { t } = useTranslation(['analysis']);
  const id = useId();
  const coderLabel = useCoderLabel();
  return (
    <div className="field">
      <label htmlFor={id}>{t('analysis:coderFilter.label')}</label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        <option value="">{t('analysis:coderFilter.all')}</option>
        {coderIds.map((coderId) => (
          <option key={coderId} value={coderId}>
            {coderLabel(coderId)}
          </option>
        ))}
      </select>
    </div>
  );
}
