import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../auth/api/user';
import { useCenterName } from '../../centers/hooks/use-center-name';
import { EditUserDialog } from './edit-user-dialog';
import { PasswordResetDialog } from './password-reset-dialog';
import { UserStatusDialog } from './user-status-dialog';

type OpenDialog = { kind: 'edit' | 'status' | 'reset'; user: User } | null;

interface UsersTableProps {
  users: User[];
  currentUserId: string;
  /** Only administrators change accounts; a project lead sees the list. */
  canManage: boolean;
}

export function UsersTable({ users, currentUserId, canManage }: UsersTableProps) {
  const { t } = useTranslation(['users', 'common']);
  const centerName = useCenterName();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  if (users.length === 0) return <p className="empty">{t('users:list.empty')}</p>;

  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="users-list-title" tabIndex={0}>
        <table className="table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('users:list.name')}</th>
              <th scope="col">{t('users:list.role')}</th>
              <th scope="col">{t('users:list.center')}</th>
              <th scope="col">{t('users:list.status')}</th>
              {canManage && <th scope="col">{t('users:list.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {users.map((user) => {
              const isMe = user.id === currentUserId;
              return (
                <tr key={user.id} data-testid="user-row">
                  <td>
                    <span className="cell-strong">{user.displayName || user.email}</span>
                    {isMe && <span className="muted"> {t('users:list.you')}</span>}
                    <span className="cell-sub" data-testid="user-email">
                      {user.email}
                    </span>
                  </td>
                  <td>{t(`common:roles.${user.role}`)}</td>
                  <td>{centerName(user.center) ?? t('common:allCenters')}</td>
                  <td>
                    <span className={user.disabled ? 'badge badge-muted' : 'badge badge-ok'}>
                      {user.disabled ? t('users:list.disabled') : t('users:list.active')}
                    </span>
                  </td>
                  {canManage && (
                    <td>
                      <div className="row-actions">
                        <button type="button" className="button button-small button-secondary" onClick={() => setDialog({ kind: 'edit', user })}>
                          {t('users:actions.edit')}
                        </button>
                        <button type="button" className="button button-small button-secondary" onClick={() => setDialog({ kind: 'reset', user })}>
                          {t('users:actions.resetPassword')}
                        </button>
                        {!isMe && (
                          <button
                            type="button"
                            className="button button-small button-secondary"
                            onClick={() => setDialog({ kind: 'status', user })}
                            data-testid="user-toggle-disabled"
                          >
                            {user.disabled ? t('users:actions.enable') : t('users:actions.disable')}
                          </button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {dialog?.kind === 'edit' && <EditUserDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'status' && <UserStatusDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'reset' && <PasswordResetDialog user={dialog.user} onClose={close} />}
    </>
  );
}
