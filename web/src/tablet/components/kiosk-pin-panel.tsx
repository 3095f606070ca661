import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { useKioskPinStatus } from '../hooks/use-kiosk-pin-status';
import { useSetKioskPin } from '../hooks/use-set-kiosk-pin';

/** The PIN that takes the tablet out of the participant screen again; needed before the first hand-over. */
export function KioskPinPanel() {
  const { t } = useTranslation(['tablet', 'common']);
  const status = useKioskPinStatus();
  const setPin = useSetKioskPin();
  const [changing, setChanging] = useState(false);
  const [pin, setPinValue] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<'format' | 'mismatch' | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4,8}$/.test(pin)) return setProblem('format');
    if (pin !== repeat) return setProblem('mismatch');
    setProblem(null);
    setPin.mutate(pin, {
      onSuccess: () => {
        setChanging(false);
        setPinValue('');
        setRepeat('');
      },
    });
  };

  if (status.isPending) return <LoadingState />;
  if (status.isError) return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  const isSet = status.data.set;
  const editing = !isSet || changing;

  return (
    <section className="panel" aria-labelledby="kiosk-pin-title" data-testid="kiosk-pin-panel">
      <h2 id="kiosk-pin-title">{t('tablet:pin.title')}</h2>
      <p className="muted">{t('tablet:pin.intro')}</p>
      {isSet && !changing && (
        <div className="kiosk-pin-set">
          <p data-testid="kiosk-pin-status" data-set="true">
            <span className="badge badge-ok">{t('tablet:pin.isSet')}</span>
          </p>
          <button type="button" className="button button-secondary button-small" onClick={() => setChanging(true)} data-testid="kiosk-pin-change">
            {t('tablet:pin.change')}
          </button>
        </div>
      )}
      {!isSet && (
        <p className="alert alert-info" data-testid="kiosk-pin-status" data-set="false">
          {t('tablet:pin.notSet')}
        </p>
      )}
      {setPin.isSuccess && !changing && <p role="status">{t('tablet:pin.saved')}</p>}
      {editing && (
        <form className="form form-grid" noValidate onSubmit={submit}>
          <div className="field">
            <label htmlFor="kiosk-pin">{t('tablet:pin.new')}</label>
            <input
              id="kiosk-pin"
              className="input input-mono"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={pin}
              aria-invalid={problem ? true : undefined}
              aria-describedby="kiosk-pin-hint"
              onChange={(event) => setPinValue(event.target.value.replace(/\D/g, ''))}
              data-testid="kiosk-pin-input"
            />
            <p id="kiosk-pin-hint" className="field-hint">
              {t('tablet:pin.hint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="kiosk-pin-repeat">{t('tablet:pin.repeat')}</label>
            <input
              id="kiosk-pin-repeat"
              className="input input-mono"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={repeat}
              aria-invalid={problem === 'mismatch' ? true : undefined}
              onChange={(event) => setRepeat(event.target.value.replace(/\D/g, ''))}
              data-testid="kiosk-pin-repeat"
            />
          </div>
          {problem && (
            <p className="alert alert-error form-actions" role="alert">
              {problem === 'format' ? t('tablet:pin.errors.format') : t('tablet:pin.errors.mismatch')}
            </p>
          )}
          {setPin.isError && <ErrorAlert error={setPin.error} />}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={setPin.isPending} data-testid="kiosk-pin-save">
              {setPin.isPending ? t('common:actions.saving') : t('tablet:pin.save')}
            </button>
            {changing && (
              <button type="button" className="button button-secondary" onClick={() => setChanging(false)}>
                {t('common:actions.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
