import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { CodeTree } from '../../codebook/components/code-tree';
import { useCodeName } from '../../codebook/hooks/use-code-name';
import { useCodebook } from '../../codebook/hooks/use-codebook';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useUsers } from '../../users/hooks/use-users';
import { usePassageFilters } from '../hooks/use-passage-filters';
import { usePassages } from '../hooks/use-passages';
import { CodingNav } from './coding-nav';
import { PassageCard } from './passage-card';
import { PassageFiltersBar } from './passage-filters-bar';

/** /coding/retrieve — every passage coded with a code (and its sub-codes), across interviews. */
export function RetrievePage() {
  const { t } = useTranslation(['coding', 'common']);
  usePageTitle(t('coding:retrieve.title'));
  const user = useSignedInUser();
  const codebook = useCodebook();
  const codeName = useCodeName();
  const [filters, setFilters] = usePassageFilters();
  const passages = usePassages(filters);
  const users = useUsers({ enabled: user.role === 'lead' || user.role === 'admin' });
  const coders = (users.data ?? []).filter((account) => account.role === 'researcher' || account.role === 'lead');
  const codes = codebook.data ?? [];
  const codeById = new Map(codes.map((code) => [code.id, code]));
  const chosen = codeById.get(filters.codeId);

  return (
    <section className="page" data-testid="retrieve-page">
      <CodingNav />
      <h1>{t('coding:retrieve.title')}</h1>
      <p className="lead">{t('coding:retrieve.intro')}</p>
      {codebook.isPending && <LoadingState />}
      {codebook.isError && <ErrorAlert error={codebook.error} onRetry={() => void codebook.refetch()} />}
      {codebook.data && (
        <div className="codebook-layout">
          <CodeTree codes={codes} selectedId={filters.codeId || null} onSelect={(codeId) => setFilters({ codeId })} title={t('coding:retrieve.pickCode')} testId="retrieve-tree" />
          <section className="panel" aria-labelledby="retrieve-results-title">
            <h2 id="retrieve-results-title">
              {chosen ? (
                <>
                  <span className="code-swatch" style={{ backgroundColor: chosen.color }} aria-hidden="true" /> {codeName(chosen)}
                </>
              ) : (
                t('coding:retrieve.results')
              )}
            </h2>
            <PassageFiltersBar filters={filters} onChange={setFilters} ownId={user.id} coders={coders} />
            {!filters.codeId && <p className="empty">{t('coding:retrieve.chooseCode')}</p>}
            {filters.codeId && passages.isPending && <LoadingState />}
            {passages.isError && <ErrorAlert error={passages.error} onRetry={() => void passages.refetch()} />}
            {filters.codeId && passages.data && (
              <>
                <p className="muted small" role="status" aria-live="polite" data-testid="passage-count">
                  {t('coding:retrieve.count', { count: passages.data.length })}
                </p>
                {passages.data.length === 0 ? (
                  <p className="empty">{t('coding:retrieve.none')}</p>
                ) : (
                  <ol className={`passage-list${passages.isPlaceholderData ? ' is-refreshing' : ''}`}>
                    {passages.data.map((passage) => (
                      <li key={passage.codingId}>
                        <PassageCard passage={passage} code={codeById.get(passage.codeId)} />
                      </li>
                    ))}
                  </ol>
                )}
              </>
            )}
          </section>
        </div>
      )}
    </section>
  );
}
