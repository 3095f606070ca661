import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';

interface ErrorAlertProps {
  error: unknown;
  /** Overrides the message, e.g. with a friendlier text for a known code. */
  message?: string;
  onRetry?: () => void;
  testId?: string;
}

/** Shows a failed call: the server's localized message and any validation issues. */
export function ErrorAlert({ error, message, onRetry, testId }: ErrorAlertProps) {
  const { t } = useTranslation(['common']);
  const apiError = error instanceof ApiError ? error : null;
  const text = message ?? apiError?.message ?? t('common:errors.unexpected');
  const issues = apiError?.issueMessages ?? [];
  return (
    <div className="alert alert-error" role="alert" data-testid={testId}>
      <p className="alert-title">{text}</p>
      {issues.length > 0 && (
        <ul className="alert-list">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common:actions.retry')}
        </button>
      )}
    </div>
  );
}
