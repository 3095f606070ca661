import { useTranslation } from 'react-i18next';
import type { User } from '../../auth/api/user';
import { CopyField } from '../../ui/components/copy-field';
import { Dialog } from '../../ui/components/dialog';
import { ErrorAlert } from '../../ui/components/error-alert';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import { useIssuePasswordReset } from '../hooks/use-issue-password-reset';

/** Issues a one-time link with which the user sets a new password; the admin passes it on. */
export function PasswordResetDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const formatDate = useDateFormat();
  const reset = useIssuePasswordReset();

  return (
    <Dialog
      open
      title={t('users:reset.title', { email: user.email })}
      onClose={onClose}
      testId="password-reset-dialog"
      actions={
        reset.isSuccess ? (
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        ) : (
          <>
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={reset.isPending}
              onClick={() => reset.mutate(user.id)}
              data-testid="password-reset-confirm"
            >
              {reset.isPending ? t('users:reset.creating') : t('users:reset.create')}
            </button>
          </>
        )
      }
    >
      {reset.isSuccess ? (
        <>
          <p>{t('users:reset.created', { date: formatDate.dateTime(reset.data.expiresAt) })}</p>
          <CopyField label={t('users:reset.linkLabel')} value={reset.data.invitationUrl} testId="password-reset-url" />
        </>
      ) : (
        <p>{t('users:reset.body')}</p>
      )}
      {reset.isError && <ErrorAlert error={reset.error} />}
    </Dialog>
  );
}
