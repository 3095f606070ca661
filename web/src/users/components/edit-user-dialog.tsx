import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '../../auth/api/user';
import { CenterOptions } from '../../centers/components/center-options';
import { Dialog } from '../../ui/components/dialog';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { UserChanges } from '../api/users-api';
import { useUpdateUser } from '../hooks/use-update-user';
import { roleNeedsCenter } from '../utils/role-needs-center';

const PROJECT_WIDE = '';

/** Changes a user's name, role and center. Rendered only while open, so it starts from the user as saved. */
export function EditUserDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const update = useUpdateUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [center, setCenter] = useState(user.center ?? PROJECT_WIDE);
  const [centerMissing, setCenterMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (roleNeedsCenter(role) && center === PROJECT_WIDE) return setCenterMissing(true);
    setCenterMissing(false);
    // Only what changed: each change is its own audit event, and an empty name is not a change.
    const changes: UserChanges = {};
    const name = displayName.trim();
    const nextCenter = center === PROJECT_WIDE ? null : center;
    if (name && name !== user.displayName) changes.displayName = name;
    if (role !== user.role) changes.role = role;
    if (nextCenter !== user.center) changes.center = nextCenter;
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate({ id: user.id, changes }, { onSuccess: onClose });
  };

  return (
    <Dialog
      open
      title={t('users:edit.title', { email: user.email })}
      onClose={onClose}
      testId="edit-user-dialog"
      actions={
        <>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" form="edit-user-form" className="button button-primary" disabled={update.isPending} data-testid="edit-user-save">
            {update.isPending ? t('common:actions.saving') : t('common:actions.save')}
          </button>
        </>
      }
    >
      {centerMissing && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('users:invite.errors.centerRequired')}</p>
        </div>
      )}
      {update.isError && <ErrorAlert error={update.error} />}
      <form id="edit-user-form" className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="edit-user-name">{t('users:edit.displayName')}</label>
          <input
            id="edit-user-name"
            className="input"
            value={displayName}
            maxLength={120}
            onChange={(event) => setDisplayName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="edit-user-role">{t('users:edit.role')}</label>
          <select
            id="edit-user-role"
            className="select"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            data-testid="edit-user-role"
          >
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`common:roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="edit-user-center">{t('users:edit.center')}</label>
          <select
            id="edit-user-center"
            className="select"
            value={center}
            aria-invalid={centerMissing ? true : undefined}
            onChange={(event) => setCenter(event.target.value)}
            data-testid="edit-user-center"
          >
            <option value={PROJECT_WIDE}>{t('users:projectWide')}</option>
            <CenterOptions />
          </select>
        </div>
      </form>
    </Dialog>
  );
}
