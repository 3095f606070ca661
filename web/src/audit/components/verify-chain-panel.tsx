import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert';
import { useVerifyAuditChain } from '../hooks/use-verify-audit-chain';

/** Checks that no audit event was changed or removed: every event hashes its predecessor. */
export function VerifyChainPanel() {
  const { t } = useTranslation(['audit', 'common']);
  const verify = useVerifyAuditChain();
  const result = verify.data;

  return (
    <section className="panel" aria-labelledby="verify-chain-title">
      <h2 id="verify-chain-title">{t('audit:verify.title')}</h2>
      <p>{t('audit:verify.intro')}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={verify.isPending}
        onClick={() => verify.mutate()}
        data-testid="audit-verify"
      >
        {verify.isPending ? t('audit:verify.running') : t('audit:verify.button')}
      </button>
      {verify.isError && <ErrorAlert error={verify.error} />}
      {result && !verify.isPending && (
        <div
          className={result.ok ? 'alert alert-success' : 'alert alert-error'}
          role={result.ok ? 'status' : 'alert'}
          data-testid="audit-verify-result"
        >
          <p className="alert-title">
            {result.ok
              ? t('audit:verify.ok', { checked: result.checked })
              : t('audit:verify.broken', { checked: result.checked, id: result.firstBrokenId ?? '?' })}
          </p>
          {!result.ok && <p>{t('audit:verify.brokenAdvice')}</p>}
        </div>
      )}
    </section>
  );
}
