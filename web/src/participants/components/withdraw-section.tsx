import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/components/dialog';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { DataHandling, Participant } from '../api/participant';
import { useWithdrawParticipant } from '../hooks/use-withdraw-participant';

/**
 * Withdrawal asks for a deliberate choice (nothing is preselected) between keeping the data
 * collected so far and erasing it for good, then confirms that choice in a dialog.
 */
export function WithdrawSection({ participant }: { participant: Participant }) {
  const { t } = useTranslation(['participants', 'common']);
  const withdraw = useWithdrawParticipant(participant.id);
  const [choice, setChoice] = useState<DataHandling | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [choiceMissing, setChoiceMissing] = useState(false);

  const close = () => {
    setConfirming(false);
    withdraw.reset();
  };

  return (
    <section className="panel panel-danger-zone" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('participants:withdraw.title')}</h2>
      <p>{t('participants:withdraw.intro')}</p>
      {choiceMissing && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('participants:withdraw.chooseFirst')}</p>
        </div>
      )}
      <fieldset className="choice-group" aria-invalid={choiceMissing ? true : undefined}>
        <legend>{t('participants:withdraw.legend')}</legend>
        <label className="choice">
          <input
            type="radio"
            name="data-handling"
            value="keep"
            checked={choice === 'keep'}
            onChange={() => {
              setChoice('keep');
              setChoiceMissing(false);
            }}
            data-testid="withdraw-keep"
          />
          <span className="choice-text">
            <span className="choice-title">{t('participants:withdraw.keep')}</span>
            <span className="choice-hint">{t('participants:withdraw.keepHint')}</span>
          </span>
        </label>
        <label className="choice choice-danger">
          <input
            type="radio"
            name="data-handling"
            value="erase"
            checked={choice === 'erase'}
            onChange={() => {
              setChoice('erase');
              setChoiceMissing(false);
            }}
            data-testid="withdraw-erase"
          />
          <span className="choice-text">
            <span className="choice-title">{t('participants:withdraw.erase')}</span>
            <span className="choice-hint">{t('participants:withdraw.eraseHint')}</span>
          </span>
        </label>
      </fieldset>
      <button
        type="button"
        className="button button-danger-outline"
        onClick={() => (choice ? setConfirming(true) : setChoiceMissing(true))}
        data-testid="withdraw-start"
      >
        {t('participants:withdraw.start')}
      </button>

      <Dialog
        open={confirming && choice !== null}
        tone={choice === 'erase' ? 'danger' : 'default'}
        title={t('participants:withdraw.confirmTitle', { code: participant.code })}
        onClose={close}
        testId="withdraw-dialog"
        actions={
          <>
            <button type="button" className="button button-secondary" onClick={close}>
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className={choice === 'erase' ? 'button button-danger' : 'button button-primary'}
              disabled={withdraw.isPending || choice === null}
              onClick={() => {
                if (choice) withdraw.mutate(choice, { onSuccess: () => setConfirming(false) });
              }}
              data-testid="withdraw-confirm"
            >
              {choice === 'erase' ? t('participants:withdraw.confirmErase') : t('participants:withdraw.confirmKeep')}
            </button>
          </>
        }
      >
        <p>{choice === 'erase' ? t('participants:withdraw.confirmEraseBody') : t('participants:withdraw.confirmKeepBody')}</p>
        {withdraw.isError && <ErrorAlert error={withdraw.error} />}
      </Dialog>
    </section>
  );
}
