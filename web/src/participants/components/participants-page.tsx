import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useParticipantFilters } from '../hooks/use-participant-filters';
import { useParticipants } from '../hooks/use-participants';
import { ParticipantFiltersBar } from './participant-filters-bar';
import { ParticipantsTable } from './participants-table';
import { RegisterParticipantForm } from './register-participant-form';

export function ParticipantsPage() {
  const { t } = useTranslation(['participants', 'common']);
  usePageTitle(t('participants:title'));
  const user = useSignedInUser();
  const [filters, setFilters] = useParticipantFilters();
  const participants = useParticipants(filters);
  const projectWide = user.role !== 'site_staff';
  const filtered = Boolean(filters.search || filters.group || filters.status || filters.center);

  return (
    <section className="page">
      <h1>{t('participants:title')}</h1>
      <p className="lead">{t('participants:intro')}</p>

      <RegisterParticipantForm />

      <section className="panel" aria-labelledby="participants-list-title">
        <h2 id="participants-list-title">{t('participants:list.title')}</h2>
        <ParticipantFiltersBar filters={filters} onChange={setFilters} showCenter={projectWide} />
        {participants.isPending && <LoadingState />}
        {participants.isError && <ErrorAlert error={participants.error} onRetry={() => void participants.refetch()} />}
        {participants.data && (
          <>
            <p className="muted small" role="status" aria-live="polite" data-testid="participant-count">
              {t('participants:list.count', { total: participants.data.length })}
            </p>
            {participants.data.length === 0 ? (
              <p className="empty">{filtered ? t('participants:list.emptyFiltered') : t('participants:list.empty')}</p>
            ) : (
              <ParticipantsTable participants={participants.data} showCenter={projectWide} />
            )}
          </>
        )}
      </section>
    </section>
  );
}
