import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOut } from '../hooks/use-sign-out';

export function SignOutButton() {
  const { t } = useTranslation(['auth']);
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <div className="sign-out">
      <button
        type="button"
        className="button button-secondary"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in', { replace: true }) })}
        data-testid="sign-out"
      >
        {signOut.isPending ? t('auth:signOut.pending') : t('auth:signOut.button')}
      </button>
      {signOut.isError && (
        <p className="sign-out-error" role="alert">
          {t('auth:signOut.failed')}
        </p>
      )}
    </div>
  );
}
