import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnlockResult } from '../app/participant-controller';

interface PinFormProps {
  onUnlock: (pin: string) => Promise<UnlockResult>;
  onCancel?: () => void;
  /** Offered when the PIN can no longer be checked (too many wrong PINs): sign in with the password instead. */
  onPasswordSignIn: () => void;
}

/** The staff PIN, checked by the server against the PIN of whoever started this tablet session. */
export function PinForm({ onUnlock, onCancel, onPasswordSignIn }: PinFormProps) {
  const { t } = useTranslation(['survey']);
  const id = useId();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Exclude<UnlockResult, 'ok'> | 'format' | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4,8}$/.test(pin)) {
      setResult('format');
      return;
    }
    setBusy(true);
    // Clear the last message, so a second wrong PIN is announced again.
    setResult(null);
    const outcome = await onUnlock(pin);
    setBusy(false);
    setPin('');
    setResult(outcome === 'ok' ? null : outcome);
  };

  const messages = {
    format: t('survey:pin.errors.format'),
    incorrect: t('survey:pin.errors.incorrect'),
    'too-many': t('survey:pin.errors.tooMany'),
    offline: t('survey:pin.errors.offline'),
    error: t('survey:pin.errors.other'),
  } as const;

  return (
    <form className="pin-form" noValidate onSubmit={(event) => void submit(event)} data-testid="pin-form">
      <label htmlFor={id} className="participant-label">
        {t('survey:pin.label')}
      </label>
      <input
        id={id}
        className="participant-input pin-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={pin}
        aria-invalid={result ? true : undefined}
        aria-describedby={result ? `${id}-error` : undefined}
        onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
        data-testid="pin-input"
      />
      {result && (
        <p id={`${id}-error`} className="participant-error" role="alert" data-testid="pin-error" data-result={result}>
          {messages[result]}
        </p>
      )}
      <div className="participant-actions">
        <button type="submit" className="participant-button participant-button-primary" disabled={busy} data-testid="pin-submit">
          {busy ? t('survey:pin.checking') : t('survey:pin.submit')}
        </button>
        {onCancel && (
          <button type="button" className="participant-button participant-button-secondary" onClick={onCancel} data-testid="pin-cancel">
            {t('survey:pin.cancel')}
          </button>
        )}
      </div>
      {result === 'too-many' && (
        <button type="button" className="participant-link" onClick={onPasswordSignIn} data-testid="pin-password-sign-in">
          {t('survey:pin.passwordSignIn')}
        </button>
      )}
    </form>
  );
}
