import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { SignOutButton } from '../../auth/components/sign-out-button';
import { useApplyUserLanguage } from '../../auth/hooks/use-apply-user-language';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canAccess } from '../../auth/utils/can-access';
import { useCenterName } from '../../centers/hooks/use-center-name';
import { LoadingState } from '../../ui/components/loading-state';
import { NAV_ITEMS } from '../navigation';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';

/** Header with the signed-in user and the menu their role allows, then the page. */
export function AppShell() {
  const { t } = useTranslation(['common']);
  const user = useSignedInUser();
  const centerName = useCenterName();
  const applyUserLanguage = useApplyUserLanguage();
  // Also after a reload: the account's language applies unless someone chose one on this device.
  useEffect(() => applyUserLanguage(user), [applyUserLanguage, user]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <header className="app-header">
        <div className="container header-top">
          <Brand />
          <div className="header-tools">
            <LanguageSwitcher variant="select" />
            <div className="user-badge" data-testid="current-user">
              <span className="user-name">{user.displayName || user.email}</span>
              <span className="user-meta">
                {t(`common:roles.${user.role}`)} · {centerName(user.center) ?? t('common:allCenters')}
              </span>
            </div>
            <SignOutButton />
          </div>
        </div>
        <nav className="app-nav" aria-label={t('common:nav.label')}>
          <ul className="container nav-list">
            {NAV_ITEMS.filter((item) => canAccess(user.role, item.area)).map((item) => (
              <li key={item.area}>
                <NavLink to={item.path} end={item.path === '/'} className="nav-link" data-testid={`nav-${item.area}`}>
                  {t(`common:nav.${item.area}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="container app-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
