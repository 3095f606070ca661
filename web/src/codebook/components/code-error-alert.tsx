import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { isStaleRevision } from '../../instruments/utils/is-stale-revision';

interface CodeErrorAlertProps {
  error: unknown;
  /** Fetches the current version after someone else saved first (409 STALE_REVISION). */
  onReload: () => void;
  testId?: string;
}

/** A failed codebook write: the server's message, and for a stale edit a way to load the current version. */
export function CodeErrorAlert({ error, onReload, testId }: CodeErrorAlertProps) {
  const { t } = useTranslation(['coding', 'common']);
  const apiError = error instanceof ApiError ? error : null;
  const stale = isStaleRevision(error);
  return (
    <div className="alert alert-error" role="alert" data-testid={testId} data-code={apiError?.code}>
      <p className="alert-title">{apiError?.message ?? t('common:errors.unexpected')}</p>
      {apiError && apiError.issueMessages.length > 0 && (
        <ul className="alert-list">
          {apiError.issueMessages.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {stale && (
        <>
          <p>{t('coding:stale.explain')}</p>
          <button type="button" className="button button-secondary" onClick={onReload} data-testid="stale-reload">
            {t('coding:stale.reload')}
          </button>
        </>
      )}
    </div>
  );
}
