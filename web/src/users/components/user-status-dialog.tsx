import { useTranslation } from 'react-i18next';
import type { User } from '../../auth/api/user';
import { Dialog } from '../../ui/components/dialog';
import { ErrorAlert } from '../../ui/components/error-alert';
import { useUpdateUser } from '../hooks/use-update-user';

/** Confirms disabling (or enabling again) an account. */
export function UserStatusDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const update = useUpdateUser();
  const disabling = !user.disabled;

  return (
    <Dialog
      open
      tone={disabling ? 'danger' : 'default'}
      title={disabling ? t('users:status.disableTitle', { email: user.email }) : t('users:status.enableTitle', { email: user.email })}
      onClose={onClose}
      testId="user-status-dialog"
      actions={
        <>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button
            type="button"
            className={disabling ? 'button button-danger' : 'button button-primary'}
            disabled={update.isPending}
            onClick={() => update.mutate({ id: user.id, changes: { disabled: disabling } }, { onSuccess: onClose })}
            data-testid="user-status-confirm"
          >
            {disabling ? t('users:actions.disable') : t('users:actions.enable')}
          </button>
        </>
      }
    >
      <p>{disabling ? t('users:status.disableBody') : t('users:status.enableBody')}</p>
      {update.isError && <ErrorAlert error={update.error} />}
    </Dialog>
  );
}
