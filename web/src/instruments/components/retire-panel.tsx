import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/components/dialog';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { InstrumentVersion } from '../api/instrument';
import { useRetireVersion } from '../hooks/use-retire-version';

/** Retiring stops new responses to a published version, for good; it is confirmed first. */
export function RetirePanel({ version }: { version: InstrumentVersion }) {
  const { t } = useTranslation(['instruments', 'common']);
  const retire = useRetireVersion(version.id);
  const [confirming, setConfirming] = useState(false);

  const close = () => {
    setConfirming(false);
    retire.reset();
  };

  return (
    <section className="panel panel-danger-zone" aria-labelledby="retire-title">
      <h2 id="retire-title">{t('instruments:retire.title')}</h2>
      <p>{t('instruments:retire.intro')}</p>
      <button type="button" className="button button-danger-outline" onClick={() => setConfirming(true)} data-testid="retire-start">
        {t('instruments:retire.start', { version: version.version })}
      </button>

      <Dialog
        open={confirming}
        tone="danger"
        title={t('instruments:retire.confirmTitle', { version: version.version })}
        onClose={close}
        testId="retire-dialog"
        actions={
          <>
            <button type="button" className="button button-secondary" onClick={close}>
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={retire.isPending}
              onClick={() => retire.mutate(undefined, { onSuccess: () => setConfirming(false) })}
              data-testid="retire-confirm"
            >
              {t('instruments:retire.confirm')}
            </button>
          </>
        }
      >
        <p>{t('instruments:retire.confirmBody')}</p>
        {retire.isError && <ErrorAlert error={retire.error} />}
      </Dialog>
    </section>
  );
}
