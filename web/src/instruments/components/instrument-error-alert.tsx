import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { problemsOf } from '../utils/problems-of';
import { ProblemList } from './problem-list';

interface InstrumentErrorAlertProps {
  error: unknown;
  /** Shown as a button, e.g. to reload a draft someone else changed. */
  action?: { label: string; onClick: () => void };
  testId?: string;
}

/**
 * A failed call about an instrument: the server's localized message, then the validation issues or
 * the problems it found in the file (INSTRUMENT_INVALID, TRANSLATIONS_INCOMPLETE).
 */
export function InstrumentErrorAlert({ error, action, testId }: InstrumentErrorAlertProps) {
  const { t } = useTranslation(['common']);
  const apiError = error instanceof ApiError ? error : null;
  const issues = apiError?.issueMessages ?? [];
  const problems = problemsOf(error);
  return (
    <div className="alert alert-error" role="alert" data-testid={testId} data-code={apiError?.code}>
      <p className="alert-title">{apiError?.message ?? t('common:errors.unexpected')}</p>
      {issues.length > 0 && (
        <ul className="alert-list">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {problems.length > 0 && <ProblemList problems={problems} testId={testId ? `${testId}-problems` : undefined} />}
      {action && (
        <button type="button" className="button button-secondary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
