import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canAccess } from '../../auth/utils/can-access';
import { useCenterName } from '../../centers/hooks/use-center-name';
import { canEditInstruments } from '../../instruments/utils/can-edit-instruments';
import { usePageTitle } from '../../ui/hooks/use-page-title';

/** A role-aware start page: who you are here, and the work your role does. */
export function HomePage() {
  const { t } = useTranslation(['common', 'instruments', 'coding']);
  usePageTitle(t('common:nav.home'));
  const user = useSignedInUser();
  const centerName = useCenterName();
  const center = centerName(user.center) ?? t('common:allCenters');

  return (
    <section className="page">
      <h1 data-testid="home-heading">{t('common:home.welcome', { name: user.displayName || user.email })}</h1>
      <p className="lead">{t('common:home.signedInAs', { role: t(`common:roles.${user.role}`), center })}</p>

      <ul className="card-grid">
        {canAccess(user.role, 'participants') && (
          <li className="card">
            <h2>{t('common:nav.participants')}</h2>
            <p>{user.role === 'site_staff' ? t('common:home.participantsSiteStaff') : t('common:home.participants')}</p>
            <Link className="button button-primary" to="/participants" data-testid="home-link-participants">
              {t('common:home.openParticipants')}
            </Link>
          </li>
        )}
        {canAccess(user.role, 'users') && (
          <li className="card">
            <h2>{t('common:nav.users')}</h2>
            <p>{user.role === 'admin' ? t('common:home.usersAdmin') : t('common:home.usersLead')}</p>
            <Link className="button button-primary" to="/users" data-testid="home-link-users">
              {t('common:home.openUsers')}
            </Link>
          </li>
        )}
        {canAccess(user.role, 'audit') && (
          <li className="card">
            <h2>{t('common:nav.audit')}</h2>
            <p>{t('common:home.audit')}</p>
            <Link className="button button-primary" to="/audit" data-testid="home-link-audit">
              {t('common:home.openAudit')}
            </Link>
          </li>
        )}
        <li className="card">
          <h2>{t('instruments:title')}</h2>
          <p>{canEditInstruments(user) ? t('instruments:home.editor') : t('instruments:home.viewer')}</p>
          <Link className="button button-primary" to="/instruments" data-testid="home-link-instruments">
            {t('instruments:home.open')}
          </Link>
        </li>
        {canAccess(user.role, 'coding') && (
          <li className="card">
            <h2>{t('coding:home.title')}</h2>
            <p>{t('coding:home.body')}</p>
            <Link className="button button-primary" to="/transcripts" data-testid="home-link-coding">
              {t('coding:home.open')}
            </Link>
          </li>
        )}
      </ul>

      <aside className="note">
        <h2 className="note-title">{t('common:home.privacyTitle')}</h2>
        <p>{t('common:home.privacy')}</p>
      </aside>
    </section>
  );
}
