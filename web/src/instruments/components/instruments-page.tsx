import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useInstruments } from '../hooks/use-instruments';
import { canEditInstruments } from '../utils/can-edit-instruments';
import { ImportInstrumentForm } from './import-instrument-form';
import { InstrumentList } from './instrument-list';

/** The instrument library: every role reads it, administrators and project leads also import. */
export function InstrumentsPage() {
  const { t } = useTranslation(['instruments', 'common']);
  usePageTitle(t('instruments:title'));
  const user = useSignedInUser();
  const canEdit = canEditInstruments(user);
  const instruments = useInstruments();

  return (
    <section className="page" data-testid="instruments-page">
      <h1>{t('instruments:title')}</h1>
      <p className="lead">{canEdit ? t('instruments:introEditor') : t('instruments:introViewer')}</p>

      <section className="panel" aria-labelledby="instrument-list-title">
        <h2 id="instrument-list-title">{t('instruments:list.title')}</h2>
        {instruments.isPending && <LoadingState />}
        {instruments.isError && <ErrorAlert error={instruments.error} onRetry={() => void instruments.refetch()} />}
        {instruments.data && (
          <>
            <p className="muted small" role="status" aria-live="polite" data-testid="instrument-count">
              {t('instruments:list.count', { count: instruments.data.length })}
            </p>
            {instruments.data.length === 0 ? (
              <p className="empty">{canEdit ? t('instruments:list.empty') : t('instruments:list.emptyViewer')}</p>
            ) : (
              <InstrumentList instruments={instruments.data} />
            )}
          </>
        )}
      </section>

      {canEdit && <ImportInstrumentForm />}
    </section>
  );
}
