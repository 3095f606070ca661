import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/components/dialog';
import type { InstrumentVersion } from '../api/instrument';
import { usePublishVersion } from '../hooks/use-publish-version';
import { InstrumentErrorAlert } from './instrument-error-alert';

interface PublishPanelProps {
  version: InstrumentVersion;
  onPublished: () => void;
}

/**
 * Publishing freezes a draft, so it is confirmed first. A refusal lists what is missing
 * (untranslated texts, structural problems) outside the dialog, where a long list has room.
 */
export function PublishPanel({ version, onPublished }: PublishPanelProps) {
  const { t } = useTranslation(['instruments', 'common']);
  const publish = usePublishVersion(version.id, onPublished);
  const [confirming, setConfirming] = useState(false);

  const confirm = () => {
    setConfirming(false);
    publish.mutate();
  };

  return (
    <section className="panel" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('instruments:publish.title')}</h2>
      <p>{t('instruments:publish.intro')}</p>
      {publish.isError && <InstrumentErrorAlert error={publish.error} testId="publish-error" />}
      <button
        type="button"
        className="button button-primary"
        disabled={publish.isPending}
        onClick={() => {
          publish.reset();
          setConfirming(true);
        }}
        data-testid="publish-start"
      >
        {publish.isPending ? t('instruments:publish.publishing') : t('instruments:publish.start', { version: version.version })}
      </button>

      <Dialog
        open={confirming}
        title={t('instruments:publish.confirmTitle', { version: version.version })}
        onClose={() => setConfirming(false)}
        testId="publish-dialog"
        actions={
          <>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('common:actions.cancel')}
            </button>
            <button type="button" className="button button-primary" onClick={confirm} data-testid="publish-confirm">
              {t('instruments:publish.confirm')}
            </button>
          </>
        }
      >
        <p>{t('instruments:publish.confirmBody')}</p>
      </Dialog>
    </section>
  );
}
