import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../ui/components/error-alert';

/** The server's message for a refused hand-out, plus what staff can do about it. */
export function HandoutError({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useTranslation(['tablet']);
  const code = error instanceof ApiError ? error.code : null;
  let hint: string | null = null;
  if (code === 'INSTRUMENT_NOT_FOR_GROUP') hint = t('tablet:errors.notForGroup');
  else if (code === 'VERSION_NOT_PUBLISHED') hint = t('tablet:errors.notPublished');
  else if (code === 'PARTICIPANT_WITHDRAWN') hint = t('tablet:errors.withdrawn');
  return (
    <div data-testid={testId} data-code={code ?? undefined}>
      <ErrorAlert error={error} />
      {hint && <p className="muted">{hint}</p>}
    </div>
  );
}
