import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCenterName } from '../../centers/hooks/use-center-name';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useAcceptInvitation } from '../hooks/use-accept-invitation';
import { useInvitation } from '../hooks/use-invitation';
import { AuthLayout } from './auth-layout';

const MIN_PASSWORD_LENGTH = 12;

/** Where an invited person sets their first password, or anybody a new one after a reset. */
export function SetPasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const centerName = useCenterName();
  const formatDate = useDateFormat();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<'tooShort' | 'mismatch' | null>(null);

  const isReset = invitation.data?.kind === 'reset';
  usePageTitle(isReset ? t('auth:invitation.titleReset') : t('auth:invitation.titleInvite'));

  if (invitation.isPending) {
    return (
      <AuthLayout>
        <LoadingState />
      </AuthLayout>
    );
  }

  if (invitation.isError) {
    return (
      <AuthLayout>
        <h1>{t('auth:invitation.invalidTitle')}</h1>
        <ErrorAlert error={invitation.error} testId="invitation-error" />
        <p>{t('auth:invitation.invalidBody')}</p>
        <Link className="button button-secondary" to="/sign-in">
          {t('auth:invitation.toSignIn')}
        </Link>
      </AuthLayout>
    );
  }

  const { email, role, center, expiresAt } = invitation.data;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) return setProblem('tooShort');
    if (password !== confirmation) return setProblem('mismatch');
    setProblem(null);
    const name = displayName.trim();
    accept.mutate(
      { password, ...(name && !isReset ? { displayName: name } : {}) },
      { onSuccess: () => void navigate('/', { replace: true }) },
    );
  };

  return (
    <AuthLayout>
      <h1 data-testid="invitation-heading">{isReset ? t('auth:invitation.titleReset') : t('auth:invitation.titleInvite')}</h1>
      <p className="lead">{isReset ? t('auth:invitation.introReset') : t('auth:invitation.introInvite')}</p>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('auth:invitation.email')}</dt>
          <dd data-testid="invitation-email">{email}</dd>
        </div>
        <div>
          <dt>{t('auth:invitation.role')}</dt>
          <dd data-testid="invitation-role">{t(`common:roles.${role}`)}</dd>
        </div>
        <div>
          <dt>{t('auth:invitation.center')}</dt>
          <dd>{centerName(center) ?? t('common:allCenters')}</dd>
        </div>
      </dl>
      <p className="muted small">{t('auth:invitation.expires', { date: formatDate.dateTime(expiresAt) })}</p>

      {problem && (
        <div className="alert alert-error" role="alert" data-testid="set-password-error">
          <p className="alert-title">
            {problem === 'tooShort'
              ? t('auth:invitation.errors.tooShort', { min: MIN_PASSWORD_LENGTH })
              : t('auth:invitation.errors.mismatch')}
          </p>
        </div>
      )}
      {accept.isError && <ErrorAlert error={accept.error} testId="set-password-error" />}

      <form className="form" onSubmit={submit} noValidate>
        {!isReset && (
          <div className="field">
            <label htmlFor="set-password-name">{t('auth:invitation.displayName')}</label>
            <input
              id="set-password-name"
              className="input"
              type="text"
              autoComplete="name"
              maxLength={120}
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
              aria-describedby="set-password-name-hint"
              data-testid="set-password-name"
            />
            <p id="set-password-name-hint" className="field-hint">
              {t('auth:invitation.displayNameHint')}
            </p>
          </div>
        )}
        {/* Lets password managers store the new password under the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <div className="field">
          <label htmlFor="set-password-password">{t('auth:invitation.password')}</label>
          <input
            id="set-password-password"
            className="input"
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
            aria-invalid={problem === 'tooShort' ? true : undefined}
            aria-describedby="set-password-hint"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="set-password-password"
          />
          <p id="set-password-hint" className="field-hint">
            {t('auth:invitation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          </p>
        </div>
        <div className="field">
          <label htmlFor="set-password-confirm">{t('auth:invitation.confirm')}</label>
          <input
            id="set-password-confirm"
            className="input"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={problem === 'mismatch' ? true : undefined}
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
            data-testid="set-password-confirm"
          />
        </div>
        <button type="submit" className="button button-primary button-block" disabled={accept.isPending} data-testid="set-password-submit">
          {accept.isPending ? t('auth:invitation.submitting') : t('auth:invitation.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
