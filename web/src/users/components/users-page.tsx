import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canPerform } from '../../auth/utils/can-perform';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useUsers } from '../hooks/use-users';
import { InviteUserForm } from './invite-user-form';
import { UsersTable } from './users-table';

export function UsersPage() {
  const { t } = useTranslation(['users', 'common']);
  usePageTitle(t('users:title'));
  const me = useSignedInUser();
  const users = useUsers();
  const isAdmin = canPerform(me.role, 'manageUsers');
  // A lead may only be allowed to invite; then the list is simply not shown.
  const listForbidden = users.error instanceof ApiError && users.error.status === 403 && !isAdmin;

  return (
    <section className="page">
      <h1>{t('users:title')}</h1>
      <p className="lead">{isAdmin ? t('users:introAdmin') : t('users:introLead')}</p>

      <InviteUserForm />

      {!listForbidden && (
        <section className="panel" aria-labelledby="users-list-title">
          <h2 id="users-list-title">{t('users:list.title')}</h2>
          {users.isPending && <LoadingState />}
          {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
          {users.data && <UsersTable users={users.data} currentUserId={me.id} canManage={isAdmin} />}
        </section>
      )}
    </section>
  );
}
