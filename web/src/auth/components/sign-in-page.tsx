import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useCurrentUser } from '../hooks/use-current-user';
import { useSignIn } from '../hooks/use-sign-in';
import { signInErrorMessage } from '../utils/sign-in-error-message';
import { AuthLayout } from './auth-layout';

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only paths inside this app: never bounce to another site after signing in.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function SignInPage() {
  const { t } = useTranslation(['auth', 'common']);
  usePageTitle(t('auth:signIn.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const { data: currentUser } = useCurrentUser();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  if (currentUser && !signIn.isPending && !signIn.isSuccess) return <Navigate to="/" replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate(returnPath(location.state), { replace: true }) },
    );
  };

  const errorText = missing
    ? t('auth:signIn.errors.missing')
    : signIn.isError
      ? signInErrorMessage(signIn.error, t)
      : null;

  return (
    <AuthLayout>
      <h1 data-testid="sign-in-heading">{t('auth:signIn.title')}</h1>
      <p className="lead">{t('auth:signIn.intro')}</p>
      {errorText && (
        <div className="alert alert-error" role="alert" data-testid="sign-in-error">
          <p className="alert-title">{errorText}</p>
        </div>
      )}
      <form className="form" onSubmit={submit} noValidate data-testid="sign-in-form">
        <div className="field">
          <label htmlFor="sign-in-email">{t('auth:signIn.email')}</label>
          <input
            id="sign-in-email"
            className="input"
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={missing && !email.trim() ? true : undefined}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            data-testid="sign-in-email"
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('auth:signIn.password')}</label>
          <input
            id="sign-in-password"
            className="input"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            aria-invalid={missing && !password ? true : undefined}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="sign-in-password"
          />
        </div>
        <button type="submit" className="button button-primary button-block" disabled={signIn.isPending} data-testid="sign-in-submit">
          {signIn.isPending ? t('auth:signIn.submitting') : t('auth:signIn.submit')}
        </button>
      </form>
      <p className="muted small">{t('auth:signIn.forgotPassword')}</p>
    </AuthLayout>
  );
}
