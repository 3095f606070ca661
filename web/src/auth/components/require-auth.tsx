import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { useCurrentUser } from '../hooks/use-current-user';

/** Lets signed-in users through; everyone else goes to the sign-in page and comes back after. */
export function RequireAuth() {
  const { t } = useTranslation(['auth']);
  const location = useLocation();
  const { data: user, isPending, error, refetch } = useCurrentUser();

  if (isPending) return <LoadingState label={t('auth:session.checking')} />;
  if (error && user === undefined) {
    return (
      <main className="container app-main">
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </main>
    );
  }
  if (!user) return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <Outlet />;
}
