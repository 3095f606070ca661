import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../auth/api/user';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { CenterOptions } from '../../centers/components/center-options';
import { CopyField } from '../../ui/components/copy-field';
import { ErrorAlert } from '../../ui/components/error-alert';
import { SuccessAlert } from '../../ui/components/success-alert';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import { useInviteUser } from '../hooks/use-invite-user';
import { roleNeedsCenter } from '../utils/role-needs-center';

const PROJECT_WIDE = '';

/** Creates an invitation and shows its link, which the inviter passes on personally. */
export function InviteUserForm() {
  const { t } = useTranslation(['users', 'common']);
  const me = useSignedInUser();
  const formatDate = useDateFormat();
  const invite = useInviteUser();
  // A project lead invites researchers; only an administrator hands out other roles.
  const allowedRoles: readonly Role[] = me.role === 'admin' ? ROLES : ['researcher'];
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(allowedRoles[0] ?? 'researcher');
  const [center, setCenter] = useState(PROJECT_WIDE);
  const [problem, setProblem] = useState<'email' | 'center' | null>(null);
  const [invitedEmail, setInvitedEmail] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) return setProblem('email');
    if (roleNeedsCenter(role) && center === PROJECT_WIDE) return setProblem('center');
    setProblem(null);
    invite.mutate(
      { email: address, role, center: center === PROJECT_WIDE ? null : center },
      {
        onSuccess: () => {
          setInvitedEmail(address);
          setEmail('');
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="invite-user-title">
      <h2 id="invite-user-title">{t('users:invite.title')}</h2>
      {me.role !== 'admin' && <p className="muted">{t('users:invite.leadHint')}</p>}

      {invite.isSuccess && (
        <SuccessAlert testId="invitation-created">
          <p className="alert-title">{t('users:invite.success', { email: invitedEmail })}</p>
          <p>{t('users:invite.successHint', { date: formatDate.dateTime(invite.data.expiresAt) })}</p>
          <CopyField label={t('users:invite.linkLabel')} value={invite.data.invitationUrl} testId="invitation-url" />
        </SuccessAlert>
      )}

      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">
            {problem === 'email' ? t('users:invite.errors.email') : t('users:invite.errors.centerRequired')}
          </p>
        </div>
      )}
      {invite.isError && <ErrorAlert error={invite.error} />}

      <form className="form form-grid" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="invite-email">{t('users:invite.email')}</label>
          <input
            id="invite-email"
            className="input"
            type="email"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={email}
            aria-invalid={problem === 'email' ? true : undefined}
            onChange={(event) => setEmail(event.target.value)}
            data-testid="invite-email"
          />
        </div>
        <div className="field">
          <label htmlFor="invite-role">{t('users:invite.role')}</label>
          <select
            id="invite-role"
            className="select"
            value={role}
            disabled={allowedRoles.length === 1}
            onChange={(event) => setRole(event.target.value as Role)}
            data-testid="invite-role"
          >
            {allowedRoles.map((option) => (
              <option key={option} value={option}>
                {t(`common:roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="invite-center">{t('users:invite.center')}</label>
          <select
            id="invite-center"
            className="select"
            value={center}
            aria-invalid={problem === 'center' ? true : undefined}
            aria-describedby="invite-center-hint"
            onChange={(event) => setCenter(event.target.value)}
            data-testid="invite-center"
          >
            <option value={PROJECT_WIDE}>{t('users:projectWide')}</option>
            <CenterOptions />
          </select>
          <p id="invite-center-hint" className="field-hint">
            {t('users:invite.centerHint')}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={invite.isPending} data-testid="invite-submit">
            {invite.isPending ? t('users:invite.submitting') : t('users:invite.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
