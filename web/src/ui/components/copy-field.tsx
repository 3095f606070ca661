import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  value: string;
  testId?: string;
}

/** A read-only link with a copy button; selecting the text still works where the clipboard is blocked. */
export function CopyField({ label, value, testId }: CopyFieldProps) {
  const { t } = useTranslation(['common']);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field-row">
        <input
          id={id}
          ref={input}
          className="input input-mono"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          data-testid={testId}
        />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('common:actions.copy')}
        </button>
      </div>
      <p className="field-hint" role="status" aria-live="polite">
        {state === 'copied' && t('common:copy.copied')}
        {state === 'failed' && t('common:copy.failed')}
      </p>
    </div>
  );
}
