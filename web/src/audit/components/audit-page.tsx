import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canPerform } from '../../auth/utils/can-perform';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { Pagination } from '../../ui/components/pagination';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useAuditEvents } from '../hooks/use-audit-events';
import { useAuditFilters } from '../hooks/use-audit-filters';
import { AuditFiltersForm } from './audit-filters-form';
import { AuditTable } from './audit-table';
import { VerifyChainPanel } from './verify-chain-panel';

const PAGE_SIZE = 25;

export function AuditPage() {
  const { t } = useTranslation(['audit', 'common']);
  usePageTitle(t('audit:title'));
  const user = useSignedInUser();
  const { filters, page, setFilters, setPage } = useAuditFilters();
  const events = useAuditEvents(filters, page, PAGE_SIZE);

  return (
    <section className="page">
      <h1>{t('audit:title')}</h1>
      <p className="lead">{t('audit:intro')}</p>

      {canPerform(user.role, 'verifyAuditChain') && <VerifyChainPanel />}

      <section className="panel" aria-labelledby="audit-list-title">
        <h2 id="audit-list-title">{t('audit:table.title')}</h2>
        <AuditFiltersForm key={JSON.stringify(filters)} filters={filters} onApply={setFilters} />
        {events.isPending && <LoadingState />}
        {events.isError && <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
        {events.data &&
          (events.data.items.length === 0 ? (
            <p className="empty">{t('audit:table.empty')}</p>
          ) : (
            <div className={events.isPlaceholderData ? 'is-refreshing' : undefined} aria-busy={events.isFetching}>
              <AuditTable events={events.data.items} />
              <Pagination
                page={page}
                pageSize={PAGE_SIZE}
                total={events.data.total}
                onPageChange={setPage}
                label={t('audit:table.pagination')}
              />
            </div>
          ))}
      </section>
    </section>
  );
}
